/**
 * The names a subject goes by: every glossary term and actor with its expansion, aliases, acronyms
 * and demonyms. Search indexes the other names beside a page that uses one of them, and the
 * explorer's text filter expands a query with them. Pure; built from the collections.
 */
import { usesTerm } from '../panels/terms';

export interface AliasGroup {
	/** `glossary/<id>` or `actors/<id>`. */
	key: string;
	/** Every form of the name, the main one first. */
	forms: string[];
}

interface TermData {
	term: string;
	expansion?: string | undefined;
	aliases?: string[] | undefined;
}
interface ActorData {
	name: string;
	aliases?: string[] | undefined;
}

const unique = (forms: string[]) => [...new Set(forms.map((f) => f.trim()).filter(Boolean))];

/** "Tehrik-i-Taliban Pakistan (TTP)" -> ["Tehrik-i-Taliban Pakistan", "TTP"]. */
export function nameForms(name: string): string[] {
	const m = name.match(/^(.*?)\s*\(([^)]+)\)\s*$/);
	return m ? [m[1]!, m[2]!] : [name];
}

export function aliasGroups(glossary: Array<[string, TermData]>, actors: Array<[string, ActorData]>): AliasGroup[] {
	return [
		...glossary.map(([id, t]) => ({ key: `glossary/${id}`, forms: unique([t.term, t.expansion ?? '', ...(t.aliases ?? [])]) })),
		...actors.map(([id, a]) => ({ key: `actors/${id}`, forms: unique([...nameForms(a.name), ...(a.aliases ?? [])]) })),
	];
}

/** The other names of every subject the text names, which the text itself does not use. */
export function aliasesToIndex(text: string, groups: AliasGroup[]): string[] {
	const extra = groups.filter((g) => usesTerm(text, g.forms)).flatMap((g) => g.forms.filter((f) => !usesTerm(text, [f])));
	return unique(extra);
}

/**
 * The query with the other names of any subject it names, for a filter that matches any of them:
 * "Durand" -> ["durand", "durand line"] when a subject is called "Durand Line".
 */
export function expandQuery(query: string, groups: AliasGroup[]): string[] {
	const q = query.trim().toLowerCase();
	if (!q) return [];
	const hits = groups.filter((g) => g.forms.some((f) => {
		const form = f.toLowerCase();
		return form === q || (q.length >= 4 && new RegExp(`(?<![\\w-])${q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(form));
	}));
	return unique([q, ...hits.flatMap((g) => g.forms.map((f) => f.toLowerCase()))]);
}
