/**
 * The content model of the edition: one typed collection per kind of thing the report talks about.
 *
 * Every relation is written once, on one side (a recommendation names its themes; a theme does
 * not list its recommendations). Inverses are derived in `src/lib/content/relations.ts`.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';
import { CONDITIONS, OUTLOOK_STATUSES } from './lib/content/model';
import { KINDS, type CodedKind } from './lib/content/kinds';
import { REPORT_BOUNDARY, SINCE_STATUS_KEYS } from './lib/record/status-vocabulary';
import { MAX_EXCERPT_WORDS, wordCount } from './lib/report/excerpts';
import { everyEntryChecked } from './lib/content/every-entry';

// Every entry of a collection is validated before its load fails (`every-entry.ts`): all its schema errors at once.
const mdx = (dir: string) => everyEntryChecked(glob({ base: `./content/${dir}`, pattern: '**/[^_]*.{md,mdx}' }));
const yaml = (dir: string) => everyEntryChecked(glob({ base: `./content/${dir}`, pattern: '**/[^_]*.{yaml,yml}' }));

/** A code that must match its kind's pattern; the message says how to fix it. */
const code = (kind: CodedKind) =>
	z
		.string()
		.regex(KINDS[kind].code.pattern, { error: `code must look like "${KINDS[kind].code.example}" (pattern ${KINDS[kind].code.pattern})` })
		.describe('Stable code, printed on the page and used in short URLs. Never change it once published.');

/** A range of printed report pages; `to` left out only where the passage runs to the end of the text. */
const reportPages = z
	.strictObject({
		from: z.number().int().positive().describe('First report page the passage can be on.'),
		to: z.number().int().positive().optional().describe('Last report page it can be on; omit only when it runs to the end.'),
	})
	.refine((r) => r.to === undefined || r.to >= r.from, { error: 'pages.to must not come before pages.from' });

/**
 * The report lines an entry restates: `[[first, last], ...]`, lines of `shared/source/peaceworks-175.txt`.
 * Its `pages` must be exactly the pages these stand on (checked at build time, `src/lib/report/entry-pages.ts`).
 */
const reportLines = z
	.array(z.tuple([z.number().int().positive(), z.number().int().positive()]))
	.min(1, { error: 'give at least one [first, last] range of the report’s lines' })
	.describe('Report lines this restates, [[first, last], ...] in shared/source/peaceworks-175.txt; its pages are computed from them.');

/** Pages of the printed report: one page, or the two (or more) a passage crosses. */
const pages = z.union([
	z.number().int().positive(),
	z
		.strictObject({ from: z.number().int().positive(), to: z.number().int().positive().optional() })
		.refine((p) => p.to === undefined || p.from <= p.to, { error: 'page.from must not be after page.to' }),
]);

/**
 * The report's words a structured claim rests on. Checked at build time against the report's text
 * (`src/lib/report/report-checks.ts`, run by `loadSite`): the excerpt must be there, on the pages given.
 */
const evidence = z
	.strictObject({
		page: pages.describe('The report page the excerpt is on, or { from, to } where it crosses a page; the build computes it from where the excerpt occurs and fails on any other (src/lib/report/evidence.ts).'),
		excerpt: z
			.string()
			.min(3)
			.refine((e) => wordCount(e) <= MAX_EXCERPT_WORDS, { error: `excerpt is at most ${MAX_EXCERPT_WORDS} words of the report, verbatim` })
			.describe('The report’s own words, verbatim, at most 25 words.'),
	})
	.describe('Evidence: where the report says it, and its words.');
const evidenceList = (what: string) =>
	z.array(evidence).min(1, { error: `give at least one { page, excerpt } from the report for ${what}` });

/** Fields every entry of the report's argument carries. */
const argumentBase = z.strictObject({
	title: z.string().min(3).describe('Title as shown on the page and in the sidebar.'),
	order: z.number().int().positive().describe('Position in the report’s reading order within its kind.'),
	summary: z
		.string()
		.min(20)
		.max(400, { error: 'summary is one sentence: keep it under 400 characters' })
		.describe('One sentence, in the site’s own words; shown in lists, search results and link previews.'),
	pages: reportPages.describe('Report pages this entry restates: exactly the pages its `lines` stand on (src/lib/report/report-pages.ts).'),
	lines: reportLines,
	actors: z.array(reference('actors')).default([]).describe('Actors this entry discusses.'),
});

const themes = defineCollection({
	loader: mdx('themes'),
	schema: argumentBase.extend({
		code: code('themes'),
		stance: z
			.enum(['tension', 'opportunity'])
			.describe('The report: three themes hold the relationship back (tension), two offer openings (opportunity).'),
	}),
});

const implications = z.strictObject({
	pakistan: z.string().describe('What the scenario means for Pakistan.'),
	afghanElites: z.string().describe('What it means for Afghan political elites.'),
	taliban: z.string().describe('What it means for the Taliban.'),
	borderCommunities: z.string().describe('What it means for communities along the Durand Line.'),
	india: z
		.union([
			z.string(),
			z.strictObject({
				text: z.string().describe('What it means for India, in the site’s own words.'),
				reading: z.string().optional().describe('Where the edition places a passage the report does not tie to this scenario by name: shown as the edition’s reading.'),
				evidence: evidenceList('what the scenario means for India'),
			}),
		])
		.optional()
		.describe('What it means for India, where the report says.'),
});

const scenarios = defineCollection({
	loader: mdx('scenarios'),
	schema: argumentBase.extend({
		code: code('scenarios'),
		likelihoodRank: z
			.number()
			.int()
			.min(1)
			.describe('1 = the report’s most likely scenario. Ranks must be unique.'),
		likelihood: z.string().describe('The likelihood in words, as the report frames it.'),
		themes: z.array(reference('themes')).default([]).describe('Themes this scenario bears on.'),
		implications,
		derived: z
			.strictObject({
				via: z.enum(CONDITIONS.map((c) => c.key) as ['stability', 'instability']).describe('The condition the edition reads this scenario as.'),
				reason: z.string().min(20).describe('Why, in the edition’s words: shown labelled as the edition’s reading.'),
				evidence: evidenceList('the scenario’s link to the condition'),
			})
			.optional()
			.describe(
				'The edition’s reading, not the report’s: where a recommendation has no statement of its own for this scenario, its statement for this condition is shown, marked as derived.',
			),
	}),
});

const factors = defineCollection({
	loader: mdx('factors'),
	schema: argumentBase.extend({
		code: code('factors'),
		scenarios: z.array(reference('scenarios')).min(1).describe('Scenarios this factor bears on.'),
		themes: z.array(reference('themes')).default([]).describe('Themes this factor bears on.'),
	}),
});

/** One statement of how a recommendation fares under a condition (a scenario, stability, instability). */
const outlookStatement = <T extends z.ZodRawShape>(extra: T) =>
	z
		.strictObject({
			...extra,
			status: z.enum(OUTLOOK_STATUSES).describe('One of the statuses of OUTLOOK_VOCABULARY in src/lib/content/model.ts; unstated where the report is silent.'),
			note: z.string().optional().describe('What the report says, in the site’s own words.'),
			evidence: z.array(evidence).default([]).describe('The report’s words for this statement; required unless status is unstated.'),
		})
		.refine((o) => (o as { status: string }).status === 'unstated' || ((o as { note?: string }).note?.length ?? 0) > 0, {
			error: 'note is required unless status is "unstated": say what the report says under this condition',
			path: ['note'],
		})
		.refine((o) => (o as { status: string }).status === 'unstated' || ((o as { evidence?: unknown[] }).evidence?.length ?? 0) > 0, {
			error: 'evidence is required unless status is "unstated": give the report’s page and words ({ page, excerpt })',
			path: ['evidence'],
		});

const recommendations = defineCollection({
	loader: mdx('recommendations'),
	schema: argumentBase.omit({ actors: true }).extend({
		code: code('recommendations'),
		audience: z
			.enum(['afghanistan-pakistan', 'third-parties'])
			.describe('Whom the report addresses: Afghanistan and Pakistan, or the US and other third parties.'),
		mustAct: z
			.array(
				z
					.strictObject({
						actor: reference('actors'),
						evidence: evidenceList('this actor having to act'),
						modal: z
							.string()
							.optional()
							.describe('The report’s own verb where it suggests rather than asks ("could", "were … to"): shown beside the actor. Must occur in one of its excerpts.'),
					})
					.refine((m) => !m.modal || m.evidence.some((e) => e.excerpt.toLowerCase().includes(m.modal!.split(' … ')[0]!.toLowerCase())), {
						error: 'modal must be a word of one of this actor’s evidence excerpts (the report’s own verb)',
						path: ['modal'],
					}),
			)
			.min(1, { error: 'name at least one actor who must act' })
			.describe('Actors the report says must (or should) act, each with the report’s words.'),
		involved: z
			.array(reference('actors'))
			.default([])
			.describe('Actors the recommendation involves without asking them to act: people to include, a possible host, co-signatories.'),
		themes: z.array(reference('themes')).min(1, { error: 'name at least one theme the recommendation addresses' }),
		mechanisms: z.array(reference('glossary')).default([]).describe('Mechanisms the report names (APAPPS, APTTA...).'),
		outlook: z
			.strictObject({
				scenarios: z
					.array(outlookStatement({ scenario: reference('scenarios') }))
					.describe('One statement per scenario; every scenario must appear (checked in relations).'),
				stability: outlookStatement({}),
				instability: outlookStatement({}),
			})
			.describe('How the recommendation fares under each scenario and under stability vs instability.'),
		measures: z
			.array(
				z.strictObject({
					id: z.string().regex(/^[a-z0-9-]+$/, { error: 'measure id is a lowercase-hyphenated anchor' }),
					title: z.string(),
					pages: reportPages
						.optional()
						.describe('Report pages of this sub-measure, exactly the pages of its `lines`; without them, its recommendation’s.'),
					lines: reportLines.optional(),
				}),
			)
			.default([])
			.describe('Sub-measures; each must have a heading in the body whose anchor equals its id.'),
	}),
});

const eras = defineCollection({
	loader: mdx('eras'),
	schema: z.strictObject({
		title: z.string(),
		pages: reportPages.describe('Report pages this era restates (the sidebar and the history the chapters tell): exactly the pages of its `lines`.'),
		lines: reportLines,
		start: z.number().int().describe('First year of the era.'),
		end: z.number().int().nullable().describe('Last year, or null for an era that runs to the report (2021).'),
		summary: z.string().min(20).max(400),
		themes: z.array(reference('themes')).min(1, { error: 'name at least one theme this era feeds' }),
		actors: z.array(reference('actors')).default([]),
		events: z
			.array(
				z.strictObject({
					year: z.number().int().optional().describe('The year, only where the report gives it.'),
					when: z.string().optional().describe('The report’s own timing where it gives no bare year ("following 1971", "after 2001").'),
					label: z.string(),
					evidence: evidenceList('the event and its date'),
				}),
			)
			.default([])
			.describe('Events within the era, shown on the timeline, each with the report’s words.'),
	}),
});

const actors = defineCollection({
	loader: yaml('actors'),
	schema: z.strictObject({
		name: z.string(),
		aliases: z.array(z.string()).default([]).describe('Other names, acronyms, demonyms and spellings a reader may search for.'),
		kind: z.enum(['state', 'government-body', 'armed-group', 'political-party', 'community', 'international', 'person']),
		description: z.string().min(10).describe('One or two sentences in the site’s own words.'),
		partOf: reference('actors')
			.optional()
			.describe('The actor this one is part of (the ISI of the Pakistani military, the military of Pakistan): filters by the whole include the part.'),
	}),
});

const glossary = defineCollection({
	loader: yaml('glossary'),
	schema: z.strictObject({
		term: z.string().describe('The term or acronym as it appears in the text.'),
		expansion: z.string().optional().describe('What an acronym stands for.'),
		definition: z.string().min(10).describe('A short definition in the site’s own words.'),
		aliases: z.array(z.string()).default([]).describe('Other spellings to recognise in the text.'),
		nearest: z
			.array(z.string())
			.default([])
			.describe('Terms the report does not use for which this entry is the nearest subject: search points readers here when they find nothing.'),
	}),
});

const figures = defineCollection({
	loader: yaml('figures'),
	schema: z.strictObject({
		value: z.number().describe('The number itself, e.g. 143000000000 for $143 billion.'),
		display: z.string().describe('The number as the page prints it, e.g. "$143 billion".'),
		qualifier: z
			.string()
			.optional()
			.describe('The report’s own hedge, shown wherever the value is: "more than", "nearly", "reportedly nearly", "approximately".'),
		unit: z.string().describe('What the value counts: US dollars, people, trucks per day, percent...'),
		measures: z.string().describe('What the figure measures, in a short phrase.'),
		year: z.string().optional().describe('Year or period the figure refers to, only as the report gives it, e.g. "2020".'),
		group: z
			.enum(['aid', 'human-cost', 'refugees-border', 'trade-smuggling', 'other'])
			.describe('Which chart on the key figures page shows it.'),
		approximate: z.boolean().default(false).describe('True where the report says "about", "nearly", "over"...'),
		// Its pages are its evidence's, which the build checks against the report's text (no page typed here).
		source: z.strictObject({
			section: z.string().describe('Section of the report that gives it.'),
			endnote: z.number().int().positive().optional(),
		}),
		evidence: evidenceList('the figure'),
	}),
});

/** Prose placed on generated pages (the framing of the recommendations index, for one). */
const sections = defineCollection({
	loader: mdx('sections'),
	schema: z.strictObject({ title: z.string().describe('What the fragment introduces.') }),
});

// --- The edition's own layer: what happened after the report, sourced and dated (not the report's) ---

/** A date written as YYYY-MM-DD (YAML reads it as a date) or YYYY-MM; kept as that ISO string. */
const isoDate = (what: string) =>
	z
		.union([z.date(), z.string()])
		.transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
		.pipe(z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, { error: `${what} must be a date written YYYY-MM-DD (or YYYY-MM when no day is known)` }));

/** A date after the report's publication. */
const sinceDate = (what: string) =>
	isoDate(what).refine((d) => d >= REPORT_BOUNDARY.slice(0, d.length), {
		error: `${what} is before ${REPORT_BOUNDARY}: developments are what happened after the report appeared (August 2021)`,
	});

const source = z.strictObject({
	outlet: z.string().min(2).describe('Who published the source: Reuters, UNHCR, Dawn...'),
	title: z.string().min(3).describe('The source page’s own headline.'),
	date: isoDate('source date').describe('Publication date of the source.'),
	url: z
		.url({ protocol: /^https$/, error: 'url must be an https:// address of the source page' })
		.describe('The address of the source page (https).'),
	excerpt: z
		.string()
		.min(3)
		.refine((t) => wordCount(t) <= MAX_EXCERPT_WORDS, {
			error: `excerpt is a short verbatim quotation: at most ${MAX_EXCERPT_WORDS} words`,
		})
		.describe('Verbatim words from the source, at most 25, that support the statement.'),
});

const developments = defineCollection({
	loader: yaml('developments'),
	schema: z
		.strictObject({
			date: sinceDate('date').describe('When the event happened or began (after August 2021).'),
			dateEnd: isoDate('dateEnd').optional().describe('End of a date range, if any.'),
			title: z.string().min(3).max(80, { error: 'title is a short headline: keep it to 80 characters' }),
			statement: z.string().min(10).describe('One sentence in the site’s own words; says no more than its sources.'),
			themes: z.array(reference('themes')).default([]),
			scenarios: z.array(reference('scenarios')).default([]),
			factors: z.array(reference('factors')).default([]),
			recommendations: z.array(reference('recommendations')).default([]),
			actors: z.array(reference('actors')).default([]),
			sources: z.array(source).min(1, { error: 'sources: name at least one source (no source, no entry)' }),
			note: z.string().optional().describe('Where sources differ, or a caveat, in the site’s own words.'),
		})
		.refine((d) => !d.dateEnd || d.dateEnd >= d.date, { error: 'dateEnd is before date', path: ['dateEnd'] }),
});

const statuses = defineCollection({
	loader: yaml('statuses'),
	schema: z
		.strictObject({
			recommendation: reference('recommendations').describe('The recommendation this status is for (one file each).'),
			status: z.enum(SINCE_STATUS_KEYS).describe(`One of: ${SINCE_STATUS_KEYS.join(', ')} (see src/lib/record/status-vocabulary.ts).`),
			reviewed: isoDate('reviewed').describe('The date this status was last checked.'),
			summary: z.string().min(10).describe('One or two sentences, no stronger than the evidence.'),
			developments: z.array(reference('developments')).default([]).describe('The developments that are the evidence.'),
		})
		.refine((s) => s.status === 'no-public-information-found' || s.developments.length > 0, {
			error: 'developments: name the developments that are the evidence (only "no-public-information-found" may have none)',
			path: ['developments'],
		}),
});

/** What one search of a review was about, what it asked and what it found (the keys a development uses for what it bears on). */
const reviewSearch = z.strictObject({
	subject: z.string().min(3).describe('What was searched for, in a phrase: "the Ground Coordination Centers", "returns from Pakistan".'),
	themes: z.array(reference('themes')).optional().describe('Themes the search was about.'),
	scenarios: z.array(reference('scenarios')).optional().describe('Scenarios the search was about.'),
	factors: z.array(reference('factors')).optional().describe('Factors the search was about.'),
	recommendations: z.array(reference('recommendations')).optional().describe('Recommendations the search was about.'),
	actors: z.array(reference('actors')).optional().describe('Actors the search was about.'),
	queries: z.array(z.string().min(2)).min(1, { error: 'queries: give the queries searched (at least one)' }).describe('The queries as typed, each a string.'),
	found: z.array(reference('developments')).default([]).describe('The developments the search found or confirmed; [] when it found none.'),
	outcome: z.string().min(5).describe('What was found, or that nothing was, in the site’s own words.'),
});

/** A review of the edition's record: how far its sources were searched, when, and what the searches found. */
const reviews = defineCollection({
	loader: yaml('reviews'),
	schema: z.strictObject({
		date: isoDate('date').describe('The day the record was reviewed: the "last reviewed" date panels, statuses, data files and feeds give.'),
		coveredThrough: isoDate('coveredThrough').describe('Sources were searched up to this date; no development may be dated after it. Never move it back.'),
		summary: z.string().min(20).describe('One paragraph: what the review did, in the site’s own words.'),
		searches: z.array(reviewSearch).default([]).describe('Each search: its subject, what it was about, its queries, what it found (may be []) and the outcome.'),
	}),
});

/** Notes on the report's own slips, shown beside the restated text, apart from it. */
const editorialNotes = defineCollection({
	loader: yaml('editorial-notes'),
	schema: z.strictObject({
		page: z.string().regex(/^\/([a-z0-9-]+\/)*$/, { error: 'page is a root-relative path ending in a slash, e.g. /themes/trade-and-connectivity/' }),
		anchor: z.string().regex(/^[A-Za-z][\w-]*$/).describe('Id of the element on that page the note is about.'),
		title: z.string().min(3),
		text: z.string().min(10).describe('What the report says and what the record shows, in the site’s own words.'),
		sources: z.array(source).min(1, { error: 'sources: a note needs at least one source' }),
	}),
});

/** Substantive changes to the edition's content, for the change log and its feed. */
const changes = defineCollection({
	loader: yaml('changes'),
	schema: z.strictObject({
		date: isoDate('date').describe('When the change was made.'),
		what: z.string().min(5).describe('What changed, in a sentence.'),
		why: z.string().min(5).describe('Why it changed.'),
	}),
});

export const collections = {
	sections,
	docs: defineCollection({
		loader: mdx('pages'),
		schema: docsSchema({
			extend: z.object({
				pages: reportPages.optional().describe('Report pages this page restates, exactly the pages of its `lines`; none for pages about the edition.'),
				lines: reportLines.optional(),
				part: z
					.enum(['opening', 'closing', 'reference'])
					.optional()
					.describe('Where the page sits in the reading order: before the themes, after the recommendations, or with the reference pages. Pages without a part (the home page) are not listed.'),
			}),
		}),
	}),
	themes,
	scenarios,
	factors,
	recommendations,
	eras,
	actors,
	glossary,
	figures,
	developments,
	statuses,
	reviews,
	'editorial-notes': editorialNotes,
	changes,
};
