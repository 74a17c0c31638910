/** The bibliographic facts of the report this site presents (source: shared/source/README.md). */
export const REPORT = {
	title: 'Afghanistan-Pakistan Ties and Future Stability in Afghanistan',
	authors: [
		{ given: 'Elizabeth', family: 'Threlkeld' },
		{ given: 'Grace', family: 'Easterly' },
	],
	series: 'Peaceworks',
	number: '175',
	publisher: 'United States Institute of Peace',
	place: 'Washington, DC',
	year: 2021,
	month: 8,
	isbn: '978-1-60127-866-1',
	/** The last printed page of the report's text (the page table in shared/source/README.md: page 32, lines 1990-2006). */
	lastPage: 32,
	/** USIP's own page for the report (summary and PDF): the URL of every record of the report. */
	url: 'https://usip.org/publications/2021/08/afghanistan-pakistan-ties-and-future-stability-afghanistan',
} as const;
