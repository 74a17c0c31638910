/**
 * The edition's vocabulary for where a recommendation stands since the report appeared: one table,
 * read by the schema, the panels, the explorer facet and the data files. These are the edition's
 * judgements from dated sources, never the report's.
 */
export const SINCE_STATUSES = {
	pursued: {
		label: 'Pursued',
		definition: 'The parties did what the report recommends, according to the sources cited.',
	},
	'partly-pursued': {
		label: 'Partly pursued',
		definition: 'The parties did some of it, or did it intermittently, according to the sources cited.',
	},
	'no-public-action-known': {
		label: 'No public action known',
		definition: 'Sources found on the subject show no such action.',
	},
	'overtaken-by-events': {
		label: 'Overtaken by events',
		definition: 'The premise no longer holds (for example, the government it addresses ceased to exist); the summary says what replaced it.',
	},
	reversed: {
		label: 'Reversed',
		definition: 'The parties did the opposite of what the report recommends, according to the sources cited.',
	},
	'no-public-information-found': {
		label: 'No public information found',
		definition: 'The edition found no source on the subject; the date it checked is given.',
	},
} as const satisfies Record<string, { label: string; definition: string }>;

export type SinceStatus = keyof typeof SINCE_STATUSES;
export const SINCE_STATUS_KEYS = Object.keys(SINCE_STATUSES) as [SinceStatus, ...SinceStatus[]];

/** The heading every panel of the edition's own layer carries. */
export const SINCE_LABEL = 'Since publication — not part of the report';

/** The kind search results show for the edition's own pages (`… · <kind>`). */
export const EDITION_KIND = 'Since publication, the edition’s record (not the report)';

/** The report appeared in August 2021; developments start after this date. */
export const REPORT_BOUNDARY = '2021-08-01';
