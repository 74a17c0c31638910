/**
 * A collection loader that checks every entry before it fails. Astro's `glob()` stops at the first
 * entry its schema rejects, so a writer who broke three files learns of one per build; wrapped here,
 * the first load of a collection validates all its files and fails once, listing every rejected
 * entry with Astro's own message (the collection, the entry, each field) and its file. Later syncs of
 * one changed file (`astro dev`) fail at once, as before. Each collection still fails on its own:
 * Astro reports the first collection whose load fails.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';

/** The file of an error `parseData` threw (Astro's schema errors carry it as `loc.file`). */
const fileOf = (e: Error) => (e as Error & { loc?: { file?: string } }).loc?.file;

/** One error for several rejected entries: each entry's message, under the file it came from. */
export function rejectedEntries(collection: string, errors: Error[]): Error {
	if (errors.length === 1) return errors[0]!;
	const byFile = [...errors].sort((a, b) => (fileOf(a) ?? '').localeCompare(fileOf(b) ?? ''));
	const listed = byFile.map((e) => [fileOf(e) ?? '(no file)', ...e.message.trim().split('\n').map((l) => (l.trim() ? `  ${l}` : ''))].join('\n'));
	const error = new AstroError(
		`${errors.length} entries of the collection "${collection}" do not match its schema:\n\n${listed.join('\n\n')}`,
		'Each entry is listed with its file; see src/content.config.ts for the fields each collection takes.',
	);
	// Where Astro prints "Location", the first rejected file rather than this module.
	const first = fileOf(byFile[0]!);
	if (first) (error as Error & { loc?: { file: string } }).loc = { file: first };
	return error;
}

/** `loader`, reporting all of a collection's schema errors at once on its first load. */
export function everyEntryChecked(loader: Loader): Loader {
	return {
		...loader,
		load: async (context: LoaderContext) => {
			const errors: Error[] = [];
			let loading = true;
			const parseData: LoaderContext['parseData'] = async (props) => {
				try {
					return await context.parseData(props);
				} catch (e) {
					if (!loading || !(e instanceof Error)) throw e;
					errors.push(e);
					return props.data as never;
				}
			};
			try {
				await loader.load({ ...context, parseData });
			} finally {
				loading = false;
			}
			if (errors.length) throw rejectedEntries(context.collection, errors);
		},
	};
}
