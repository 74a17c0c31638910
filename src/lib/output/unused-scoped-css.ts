/**
 * Astro bundles a component's scoped styles with every page whose module graph imports the component,
 * whether or not the page renders it: Starlight's hero, banner and badge styles ride along on every
 * page. A scoped rule only matches elements that carry its component's scope class (`astro-xxxxxxxx`,
 * Starlight's `where` strategy), so on a page where no element carries that class the rule cannot
 * match anything. `pruneScopedCss` drops those selectors (and rules and blocks left empty); nothing
 * else is touched. Scope classes that client scripts mention are kept everywhere, since a script could
 * add such an element later.
 */
import postcss, { type AtRule, type Container, type Root } from 'postcss';

/** An Astro scope class (`astro-` and eight characters), as a class name. */
const SCOPE = /astro-[a-z0-9]{8}\b/g;

/** The scope classes an HTML page renders (in `class` attributes, not in its styles or scripts). */
export function renderedScopes(html: string): Set<string> {
	const body = html.replace(/<(style|script)\b[\s\S]*?<\/\1>/g, '');
	const out = new Set<string>();
	for (const m of body.matchAll(/\bclass="([^"]*)"/g)) for (const s of mentionedScopes(m[1]!)) out.add(s);
	return out;
}

/** The scope classes a script's text mentions. */
export const mentionedScopes = (text: string): string[] => [...text.matchAll(SCOPE)].map((m) => m[0]);

/** Does this selector need a scope class the page does not render? */
const deadSelector = (selector: string, rendered: ReadonlySet<string>) => mentionedScopes(selector).some((s) => !rendered.has(s));

function removeEmpty(container: Container) {
	container.each((node) => {
		if (node.type === 'atrule' || node.type === 'rule') {
			const c = node as AtRule;
			if (c.nodes) {
				removeEmpty(c);
				if (c.nodes.length === 0) node.remove();
			}
		}
	});
}

/** `css` without the selectors that need a scope class outside `rendered`. */
export function pruneScopedCss(css: string, rendered: ReadonlySet<string>): string {
	const root: Root = postcss.parse(css);
	root.walkRules((rule) => {
		// Keyframe steps (`from`, `50%`) are not selectors.
		if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as AtRule).name)) return;
		const kept = rule.selectors.filter((s) => !deadSelector(s, rendered));
		if (kept.length === 0) rule.remove();
		else if (kept.length < rule.selectors.length) rule.selectors = kept;
	});
	removeEmpty(root);
	return root.toString();
}

/**
 * The page with each inline `<style>` pruned for the scope classes it renders, those its own inline
 * scripts mention and `alwaysKept` (those the site's script files mention).
 */
export function pruneInlineStyles(html: string, alwaysKept: Iterable<string> = []): string {
	const inlineScripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('\n');
	const rendered = new Set([...renderedScopes(html), ...mentionedScopes(inlineScripts), ...alwaysKept]);
	return html.replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style>)/g, (_, open: string, css: string, close: string) => `${open}${pruneScopedCss(css, rendered)}${close}`);
}
