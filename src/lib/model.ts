/**
 * Constants of the content model shared by the schema, the pages and the tests.
 * Kept free of `astro:content` imports so unit tests can load it directly.
 */

/** The pattern each kind's stable code must match. */
export const CODE_PATTERNS = {
	theme: /^T[1-9]\d*$/,
	scenario: /^S[1-9]\d*$/,
	factor: /^F[1-9]\d*$/,
	recommendation: /^(AP|TP)-\d{2,3}$/,
} as const;

/** How a recommendation fares under a condition, as the report states it. */
export const OUTLOOK_STATUSES = ['holds', 'limited', 'untenable', 'unstated'] as const;
export type OutlookStatus = (typeof OUTLOOK_STATUSES)[number];

export const OUTLOOK_LABELS: Record<OutlookStatus, string> = {
	holds: 'Holds',
	limited: 'Harder, narrower',
	untenable: 'Unlikely to hold',
	unstated: 'The report does not say',
};

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
