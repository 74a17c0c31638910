/** What the index page of each kind lists. */
import type { Site } from './content';
import { STANCE_LABELS } from './model';
import { entryPath } from './urls';

export const INDEX_INTROS = {
	themes: {
		title: 'Themes',
		intro:
			'Five recurring themes run through the relationship since colonial times: three keep it at a wary distance, two hold out openings.',
	},
	scenarios: {
		title: 'Scenarios',
		intro: 'Three ways the conflict could go after the US withdrawal, as the report ranks them, and what each would mean.',
	},
	factors: {
		title: 'Complicating factors',
		intro: 'Outside pressures that cut across every scenario: India, and the competition among regional and great powers.',
	},
	actors: {
		title: 'Actors',
		intro: 'The governments, agencies, armed groups and communities the report discusses, and where each appears.',
	},
} as const;

export interface IndexItem {
	href: string;
	title: string;
	code?: string | undefined;
	note?: string | undefined;
	summary: string;
}

export function indexEntries(site: Site, kind: keyof typeof INDEX_INTROS): IndexItem[] {
	switch (kind) {
		case 'themes':
			return site.themes.map((e) => ({
				href: entryPath(kind, e.id),
				title: e.data.title,
				code: e.data.code,
				note: STANCE_LABELS[e.data.stance],
				summary: e.data.summary,
			}));
		case 'scenarios':
			return site.scenarios.map((e) => ({
				href: entryPath(kind, e.id),
				title: e.data.title,
				code: e.data.code,
				note: e.data.likelihood,
				summary: e.data.summary,
			}));
		case 'factors':
			return site.factors.map((e) => ({ href: entryPath(kind, e.id), title: e.data.title, code: e.data.code, summary: e.data.summary }));
		case 'actors':
			return [...site.actors]
				.sort((a, b) => a.data.name.localeCompare(b.data.name))
				.map((e) => ({ href: entryPath(kind, e.id), title: e.data.name, summary: e.data.description }));
	}
}
