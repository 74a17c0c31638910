/**
 * Metadata that citation managers and link unfurlers read: Highwire `citation_*` tags (Zotero,
 * Google Scholar) and schema.org JSON-LD (the report, and the page as part of it).
 */
import { REPORT, EDITION } from './report';
import type { PageCitation } from './page-citation';

export function citationMeta(c: PageCitation): Array<{ name: string; content: string }> {
	return [
		{ name: 'citation_title', content: `${c.title} — ${REPORT.title}` },
		...REPORT.authors.map((a) => ({ name: 'citation_author', content: `${a.family}, ${a.given}` })),
		{ name: 'citation_publication_date', content: `${REPORT.year}/${String(REPORT.month).padStart(2, '0')}` },
		{ name: 'citation_publisher', content: REPORT.publisher },
		{ name: 'citation_technical_report_institution', content: REPORT.publisher },
		{ name: 'citation_technical_report_number', content: `${REPORT.series} No. ${REPORT.number}` },
		{ name: 'citation_series_title', content: REPORT.series },
		{ name: 'citation_isbn', content: REPORT.isbn },
		...(c.reportPage ? [{ name: 'citation_firstpage', content: String(c.reportPage) }] : []),
		{ name: 'citation_public_url', content: c.url },
		{ name: 'citation_language', content: 'en' },
	];
}

export function jsonLd(c: PageCitation, description: string, siteUrl: string): object {
	const report = {
		'@type': 'Report',
		name: REPORT.title,
		author: REPORT.authors.map((a) => ({ '@type': 'Person', givenName: a.given, familyName: a.family, name: `${a.given} ${a.family}` })),
		publisher: { '@type': 'Organization', name: REPORT.publisher },
		datePublished: `${REPORT.year}-${String(REPORT.month).padStart(2, '0')}`,
		isbn: REPORT.isbn,
		reportNumber: `${REPORT.series} No. ${REPORT.number}`,
	};
	return {
		'@context': 'https://schema.org',
		'@type': 'WebPage',
		name: c.title,
		description,
		url: c.canonical,
		...(c.code ? { identifier: c.code } : {}),
		isPartOf: { '@type': 'WebSite', name: EDITION, url: siteUrl },
		// The page presents (is about) the report, and cites it.
		about: report,
		citation: { '@type': 'Report', name: REPORT.title, isbn: REPORT.isbn },
	};
}
