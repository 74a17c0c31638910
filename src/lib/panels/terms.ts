/** How a glossary term is recognised in text; shared by the glossary markup and the usage index. */

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole-word pattern for one form of a term: acronyms match case-sensitively, other terms in any case. */
export function formPattern(form: string): RegExp {
	const acronym = form === form.toUpperCase() && /[A-Z]/.test(form);
	return new RegExp(`(?<![\\w-])${escape(form)}(?![\\w-])`, acronym ? '' : 'i');
}

/** Does the text use any of the forms? */
export function usesTerm(text: string, forms: string[]): boolean {
	return forms.some((f) => formPattern(f).test(text));
}
