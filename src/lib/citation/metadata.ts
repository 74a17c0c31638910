/**
 * Metadata that describes the page it is on: schema.org JSON-LD of this edition's page, which is
 * based on (not the same work as) the one report where it restates part of it; a page of the
 * edition's own matter (the record since publication, the change log...) is based on nothing. No Highwire `citation_*` tags: those belong on a
 * paper's own landing page (Google Scholar's inclusion rules), and the report's is USIP's page, so
 * on this site they would file every page as a bogus copy of the report.
 */
import type { Organization, Report, WebPage, WebSite, WithContext } from 'schema-dts';
import { REPORT } from '../report/report';
import type { Edition } from './citation';
import type { PageCitation } from './page-citation';

/** The one node for the report, referred to by `@id` from every page. */
export const REPORT_ID = `urn:isbn:${REPORT.isbn}`;

export function reportNode(): Report {
	return {
		'@type': 'Report',
		'@id': REPORT_ID,
		name: REPORT.title,
		author: REPORT.authors.map((a) => ({ '@type': 'Person', givenName: a.given, familyName: a.family, name: `${a.given} ${a.family}` })),
		publisher: { '@type': 'Organization', name: REPORT.publisher, url: 'https://www.usip.org/' },
		datePublished: `${REPORT.year}-${String(REPORT.month).padStart(2, '0')}`,
		identifier: { '@type': 'PropertyValue', propertyID: 'ISBN', value: REPORT.isbn },
		reportNumber: `${REPORT.series} No. ${REPORT.number}`,
		isPartOf: { '@type': 'CreativeWorkSeries', name: REPORT.series },
		url: REPORT.url,
		sameAs: REPORT.url,
		inLanguage: 'en',
	};
}

export interface PageLd {
	page: PageCitation;
	description: string;
	/** Absolute URL of the site's home page. */
	siteUrl: string;
	edition: Edition;
}

export function jsonLd({ page, description, siteUrl, edition }: PageLd): WithContext<WebPage> {
	const maker: Organization = { '@type': 'Organization', name: edition.author };
	const website: WebSite = { '@type': 'WebSite', '@id': `${siteUrl}#website`, name: edition.siteName, url: siteUrl, publisher: maker };
	return {
		'@context': 'https://schema.org',
		'@type': 'WebPage',
		'@id': page.canonical,
		url: page.canonical,
		name: page.title,
		description,
		...(page.code ? { identifier: page.code } : {}),
		dateModified: page.modified,
		inLanguage: 'en',
		author: maker,
		publisher: maker,
		isPartOf: website,
		...(page.restatesReport ? { isBasedOn: reportNode() } : {}),
	};
}
