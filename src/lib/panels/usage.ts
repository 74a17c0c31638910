/**
 * Where each glossary term is used: the entries that name it as a mechanism, and the pages whose
 * text contains it (the same matching the glossary markup uses).
 */
import type { Site } from '../content/content';
import { referrers, type EntryLike } from '../content/relations';
import { titleOf } from '../content/related';
import { hrefOf } from '../urls/urls';
import { usesTerm } from './terms';

export interface Usage {
	href: string;
	title: string;
}

export function glossaryUsage(site: Site): Map<string, Usage[]> {
	const pages = [...site.themes, ...site.scenarios, ...site.factors, ...site.recommendations] as Array<EntryLike & { body?: string }>;
	const out = new Map<string, Usage[]>();
	for (const term of site.glossary) {
		const forms = [term.data.term, ...term.data.aliases];
		const found = new Map<string, Usage>();
		for (const e of referrers(site.relations, term, 'recommendations')) found.set(hrefOf(e), { href: hrefOf(e), title: titleOf(e) });
		for (const e of pages) if (e.body && usesTerm(e.body, forms)) found.set(hrefOf(e), { href: hrefOf(e), title: titleOf(e) });
		out.set(term.id, [...found.values()]);
	}
	return out;
}
