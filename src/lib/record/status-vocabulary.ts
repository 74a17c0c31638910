/**
 * The edition's vocabulary for where a recommendation stands since the report appeared: one table,
 * read by the schema, the panels, the explorer facet and the data files. Each status says what it
 * means (`definition`) and what the evidence must show for it to be given (`requires`: the rule, shown
 * on /since/). These are the edition's judgements from dated sources, never the report's.
 */
export const SINCE_STATUSES = {
	pursued: {
		label: 'Pursued',
		definition: 'The parties did what the report recommends, according to the sources cited.',
		requires: 'Those the recommendation names took the kind of step it asks for and kept it up, per the sources cited.',
	},
	'partly-pursued': {
		label: 'Partly pursued',
		definition: 'The parties did some of it, or did it intermittently, according to the sources cited.',
		requires:
			'Those it names took at least one step of the kind it asks for (an agreement, a mechanism, a standing arrangement or a policy put in place), or took it for a time; a visit, a statement of intent, an accusation or a one-off handover is not such a step.',
	},
	'no-public-action-known': {
		label: 'No public action known',
		definition: 'Sources found on the subject show no such action.',
		requires: 'Sources found on the subject show no step of that kind; statements, visits and intentions alone count as none.',
	},
	'overtaken-by-events': {
		label: 'Overtaken by events',
		definition: 'The premise no longer holds (for example, the government it addresses ceased to exist); the summary says what replaced it.',
		requires: 'Sources show that the premise no longer holds (for example, the government it addresses ceased to exist); the summary must say what replaced it.',
	},
	reversed: {
		label: 'Reversed',
		definition: 'The parties did the opposite of what the report recommends, according to the sources cited.',
		requires: 'The sources cited show those it names doing the opposite of what the report recommends.',
	},
	'no-public-information-found': {
		label: 'No public information found',
		definition: 'The edition found no source on the subject; the date it checked is given.',
		requires: 'The edition searched and found no source on the subject; the date up to which it searched must be given.',
	},
} as const satisfies Record<string, { label: string; definition: string; requires: string }>;

export type SinceStatus = keyof typeof SINCE_STATUSES;
export const SINCE_STATUS_KEYS = Object.keys(SINCE_STATUSES) as [SinceStatus, ...SinceStatus[]];

/** The heading every panel of the edition's own layer carries. */
export const SINCE_LABEL = 'Since publication — not part of the report';

/** The kind search results show for the edition's own pages (`… · <kind>`). */
export const EDITION_KIND = 'Since publication, the edition’s record (not the report)';

/** The report appeared in August 2021; developments start after this date. */
export const REPORT_BOUNDARY = '2021-08-01';
