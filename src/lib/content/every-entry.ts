/**
 * Collection loaders that check every entry before the content sync fails. Astro's `glob()` stops at
 * the first entry its schema rejects, and Astro reports only the first collection whose load fails,
 * so a writer who broke three files learns of one per build. Wrapped here, each collection's first
 * load validates all its files; a load that found rejected entries waits for the other loads of the
 * same sync to finish theirs, and then fails with one error listing every rejected entry of every
 * collection, with Astro's own message (the collection, the entry, each field) under its file.
 * Later syncs of one changed file (`astro dev`) fail at once, as before.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';

/** The file of an error `parseData` threw (Astro's schema errors carry it as `loc.file`). */
const fileOf = (e: Error) => (e as Error & { loc?: { file?: string } }).loc?.file;

/** One error for several rejected entries: each entry's message, under the file it came from. */
export function rejectedEntries(errors: Error[]): Error {
	if (errors.length === 1) return errors[0]!;
	const byFile = [...errors].sort((a, b) => (fileOf(a) ?? '').localeCompare(fileOf(b) ?? ''));
	const listed = byFile.map((e) => [fileOf(e) ?? '(no file)', ...e.message.trim().split('\n').map((l) => (l.trim() ? `  ${l}` : ''))].join('\n'));
	const error = new AstroError(
		`${errors.length} entries do not match their collection's schema:\n\n${listed.join('\n\n')}`,
		'Each entry is listed with its file; see src/content.config.ts for the fields each collection takes.',
	);
	// Where Astro prints "Location", the first rejected file rather than this module.
	const first = fileOf(byFile[0]!);
	if (first) (error as Error & { loc?: { file: string } }).loc = { file: first };
	return error;
}

/**
 * The loads of the current content sync: how many are still parsing their files, how many have not
 * yet returned, and the entries rejected so far. A load that starts when none is active starts a new sync.
 */
const sync = { parsing: 0, active: 0, rejected: [] as Error[], waiting: [] as Array<() => void> };

/** Resolves once no load of the current sync is still parsing its files. */
const othersParsed = () => (sync.parsing === 0 ? Promise.resolve() : new Promise<void>((go) => sync.waiting.push(go)));

/** `loader`, validating every entry on its first load and failing with every rejected entry of the sync. */
export function everyEntryChecked(loader: Loader): Loader {
	return {
		...loader,
		load: async (context: LoaderContext) => {
			if (sync.active === 0) sync.rejected = [];
			sync.active++;
			sync.parsing++;
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
				try {
					await loader.load({ ...context, parseData });
				} finally {
					loading = false;
					sync.parsing--;
					if (sync.parsing === 0) for (const go of sync.waiting.splice(0)) go();
				}
				if (!errors.length) return;
				sync.rejected.push(...errors);
				await othersParsed();
				throw rejectedEntries(sync.rejected);
			} finally {
				sync.active--;
			}
		},
	};
}
