/**
 * Constants of the content model shared by the schema, the pages and the tests.
 * Kept free of `astro:content` imports so unit tests can load it directly.
 */

/**
 * How a recommendation fares under a condition: the one vocabulary of labels, facets, the matrix
 * legend, the CSV and the JSON. Each status says what the report says, never what follows from it;
 * `tone` only picks a colour. Ordered from the report's most to its least hopeful words.
 */
export const OUTLOOK_VOCABULARY = {
	'expected-to-hold': { label: 'The report expects it to hold', tone: 'better' },
	'fares-better': { label: 'The report expects it to fare better', tone: 'better' },
	timely: { label: 'The report calls it timely then', tone: 'better' },
	// "Key" and "aims to avert" say a recommendation matters under the condition, not that it will
	// hold there: neutral, not coloured as faring better.
	key: { label: 'The report calls it key here', tone: 'general' },
	'aims-to-avert': { label: 'The report aims it at averting this', tone: 'general' },
	'still-useful': { label: 'The report sees a use for it even then', tone: 'better' },
	// The report says the advice holds under a condition: advice, not a forecast that it will succeed.
	applies: { label: 'The report says it applies here', tone: 'general' },
	'applies-though-harder': { label: 'The report says it applies, though harder to carry out', tone: 'harder' },
	// The report's account of a scenario (not its recommendation) says the scenario could open room for
	// what the recommendation asks: shown first, with the edition's reading of the scenario after it.
	'scenario-opens-room': { label: 'The report’s account of this scenario opens room for it', tone: 'better', keepsReading: true },
	'step-forward-general': { label: 'A potential step forward — general statement only', tone: 'general' },
	hard: { label: 'The report calls it hard', tone: 'harder' },
	'unlikely-but-pursue': { label: 'Unlikely to continue, the report says; to be pursued as far as possible', tone: 'harder' },
	'advises-waiting': { label: 'The report advises waiting', tone: 'harder' },
	'likely-derailed': { label: 'The report expects it to be derailed', tone: 'worse' },
	'general-caveat-only': { label: 'May become untenable — general caveat only', tone: 'general' },
	unstated: { label: 'The report does not say', tone: 'none' },
} as const satisfies Record<
	string,
	{ label: string; tone: 'better' | 'general' | 'harder' | 'worse' | 'none'; keepsReading?: boolean }
>;

/** Whether a status still shows the edition's reading of the scenario after it (the report's statement is about the scenario, not the recommendation). */
export const keepsReading = (s: OutlookStatus): boolean =>
	Boolean((OUTLOOK_VOCABULARY as Record<string, { keepsReading?: boolean } | undefined>)[s]?.keepsReading);

export type OutlookStatus = keyof typeof OUTLOOK_VOCABULARY;
export const OUTLOOK_STATUSES = Object.keys(OUTLOOK_VOCABULARY) as [OutlookStatus, ...OutlookStatus[]];
export type OutlookTone = (typeof OUTLOOK_VOCABULARY)[OutlookStatus]['tone'];

export const OUTLOOK_LABELS = Object.fromEntries(OUTLOOK_STATUSES.map((s) => [s, OUTLOOK_VOCABULARY[s].label])) as Record<OutlookStatus, string>;

/** How the site marks a reading that is the edition's (a scenario read as a condition), not the report's. */
export const DERIVED_LABEL = 'The edition’s reading';

/** A facet value for a derived reading, kept apart from the report's own statuses. */
export const derivedValue = (s: OutlookStatus) => `derived:${s}`;
export const derivedLabel = (s: OutlookStatus) => `${OUTLOOK_LABELS[s]} (${DERIVED_LABEL.toLowerCase()})`;

/** The two conditions the report uses besides its scenarios. */
export const CONDITIONS = [
	{ key: 'stability', label: 'If stability improves' },
	{ key: 'instability', label: 'If instability grows' },
] as const;
export type ConditionKey = (typeof CONDITIONS)[number]['key'];

export const AUDIENCES = {
	'afghanistan-pakistan': 'Afghanistan and Pakistan',
	'third-parties': 'The United States and other third parties',
} as const;
export type Audience = keyof typeof AUDIENCES;

export const STANCE_LABELS = {
	tension: 'Source of tension',
	opportunity: 'Source of opportunity',
} as const;
