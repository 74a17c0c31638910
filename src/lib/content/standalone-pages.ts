/**
 * The pages that are no entry of a collection and no narrative page: the explorer, the matrix, the
 * comparison, the reference pages, the data downloads and the edition's own pages. Their titles,
 * descriptions, kinds and search settings live here, so the site model knows every URL; the routes
 * read them from the model.
 */
import { ABOUT_EDITION_LABEL, NARRATIVE_LABEL, REFERENCE_LABEL } from './kinds';
import { EDITION_KIND } from '../record/status-vocabulary';
import { PAGES } from '../urls/urls';

export interface StandalonePage {
	path: string;
	title: string;
	description: string;
	/** The page's kind on its social image. */
	kind: string;
	/** Search: `false` leaves the page out of the index; otherwise its kind filter and metadata. */
	search:
		| false
		| {
				/** The `kind` filter. */
				kind?: string;
				/** The result's `kind` metadata, shown with it in search. */
				kindMeta?: string;
				/** `source:edition`: the edition's own layer, not the report. */
				edition?: boolean;
		  };
	/** `false`: the page has no cite block and is no page of the bibliography (a tool that holds the reader's own work). */
	cited?: false;
	/** `edition`: the page is the edition's own matter and restates nothing of the report (see `PageCitationRecord.basis`). */
	basis?: 'edition';
}

export const STANDALONE_PAGES: StandalonePage[] = [
	{
		path: PAGES.explorer,
		title: 'Recommendations',
		description:
			'All sixteen recommendations of the report, filterable by who must act, who is involved, theme, and outlook under the report’s conditions and scenarios.',
		kind: NARRATIVE_LABEL,
		search: false,
	},
	{
		path: PAGES.matrix,
		title: 'Outlook by condition and scenario',
		description:
			'How each of the sixteen recommendations fares if stability improves or instability grows, as the report says, and under its three scenarios, with the report’s words for each.',
		kind: NARRATIVE_LABEL,
		search: false,
	},
	{
		path: PAGES.comparison,
		title: 'Scenarios compared',
		description:
			'The report’s three scenarios side by side: likelihood, and what each means for Pakistan, Afghan elites, the Taliban, border communities and India.',
		kind: NARRATIVE_LABEL,
		search: false,
	},
	{
		path: PAGES.figures,
		title: 'Key figures',
		description: 'Every number the report gives (aid, casualties, refugees, border traffic, trade, smuggling), charted, with where the report gives it.',
		kind: NARRATIVE_LABEL,
		search: { kind: REFERENCE_LABEL },
	},
	{
		path: PAGES.glossary,
		title: 'Glossary',
		description: 'Every acronym and term of art the report uses, with what it stands for and where it appears.',
		kind: NARRATIVE_LABEL,
		search: { kind: REFERENCE_LABEL },
	},
	{
		path: PAGES.data,
		title: 'Data downloads',
		description: 'The data behind this edition as JSON and CSV, generated from the same content as the pages.',
		kind: NARRATIVE_LABEL,
		search: {},
		basis: 'edition',
	},
	{
		path: PAGES.since,
		title: 'Since publication: what happened after the report',
		description: 'The edition’s dated and sourced record of developments since the report appeared in August 2021; not part of the report.',
		kind: EDITION_KIND,
		search: { kind: EDITION_KIND, kindMeta: EDITION_KIND, edition: true },
		basis: 'edition',
	},
	{
		path: PAGES.sinceReview,
		title: 'How the record since publication was searched',
		description: 'Each review of the edition’s record since August 2021: the date its sources were searched up to, what was searched for, with which queries, and what was found or not found.',
		kind: EDITION_KIND,
		// Out of the index: its subjects and queries would compete with the report's pages on every subject.
		search: false,
	},
	{
		path: PAGES.changes,
		title: 'Changes to this edition',
		description: 'When this online edition was first published and last revised, and every substantive change to its content, with the reason.',
		kind: ABOUT_EDITION_LABEL,
		search: { kindMeta: ABOUT_EDITION_LABEL, edition: true },
		basis: 'edition',
	},
	{
		path: PAGES.brief,
		title: 'Your brief',
		description: 'Passages, recommendations, figures and developments you gathered from this edition, in your order with your notes: shared by a link and exported to Word, rich text, Markdown, print and reference managers.',
		kind: NARRATIVE_LABEL,
		search: false,
		cited: false,
	},
];
