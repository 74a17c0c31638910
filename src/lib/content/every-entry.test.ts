import { describe, expect, it } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import { everyEntryChecked } from './every-entry';

/** An error as Astro's schema check throws it: a message and the entry's file. */
const schemaError = (id: string, collection = 'notes') =>
	Object.assign(new Error(`**${collection} → ${id}** data does not match collection schema.\n\n  **title**: Required\n`), { loc: { file: `/site/content/${collection}/${id}.yaml` } });

/** A loader that parses each of `ids` in turn, as glob() does, and keeps the parser for later syncs. */
function fakeGlob(ids: string[]) {
	const kept: { parse?: LoaderContext['parseData'] } = {};
	const loader: Loader = {
		name: 'fake-glob',
		load: async ({ parseData }) => {
			kept.parse = parseData;
			for (const id of ids) await parseData({ id, data: { id } });
		},
	};
	return { loader, kept };
}

/** A context of `collection` whose schema rejects the entries whose id starts with "bad". */
const contextOf = (collection: string) =>
	({
		collection,
		parseData: async ({ id, data }: { id: string; data: unknown }) => {
			if (id.startsWith('bad')) throw schemaError(id, collection);
			return data;
		},
	}) as unknown as LoaderContext;
const context = contextOf('notes');

describe('everyEntryChecked', () => {
	it('validates every entry, then fails once, listing each rejected entry under its file (sorted)', async () => {
		const { loader } = fakeGlob(['bad-b', 'good', 'bad-a']);
		const error = await everyEntryChecked(loader).load(context).catch((e: Error) => e);
		expect(error).toBeInstanceOf(Error);
		const message = (error as Error).message;
		expect(message).toMatch(/^2 entries do not match their collection's schema:/);
		expect(message.indexOf('/site/content/notes/bad-a.yaml\n  **notes → bad-a**')).toBeGreaterThan(0);
		expect(message.indexOf('/site/content/notes/bad-b.yaml\n  **notes → bad-b**')).toBeGreaterThan(message.indexOf('bad-a.yaml'));
		expect(message).toContain('    **title**: Required');
		expect((error as Error & { loc: { file: string } }).loc.file).toBe('/site/content/notes/bad-a.yaml');
	});

	it('keeps Astro’s own error where one entry is rejected', async () => {
		const error = await everyEntryChecked(fakeGlob(['good', 'bad-one']).loader).load(context).catch((e: Error) => e);
		expect((error as Error).message).toMatch(/^\*\*notes → bad-one\*\* data does not match/);
	});

	it('loads a valid collection without error', async () => {
		await expect(everyEntryChecked(fakeGlob(['good', 'also-good']).loader).load(context)).resolves.toBeUndefined();
	});

	it('lists the rejected entries of every collection of the sync in one error, each load waiting for the others to finish parsing', async () => {
		/** A glob() whose parsing takes a turn of the event loop per file, so the loads overlap as Astro's do. */
		const slowGlob = (ids: string[]): Loader => ({
			name: 'slow-glob',
			load: async ({ parseData }) => {
				for (const id of ids) {
					await new Promise((r) => setTimeout(r, 1));
					await parseData({ id, data: { id } });
				}
			},
		});
		const results = await Promise.allSettled([
			everyEntryChecked(slowGlob(['bad-n'])).load(contextOf('notes')),
			everyEntryChecked(slowGlob(['good', 'good-2', 'good-3', 'bad-l'])).load(contextOf('links')),
			everyEntryChecked(slowGlob(['good'])).load(contextOf('pages')),
		]);
		expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'fulfilled']);
		const [a, b] = results.map((r) => (r.status === 'rejected' ? (r.reason as Error).message : ''));
		expect(a).toBe(b);
		expect(a).toMatch(/^2 entries do not match their collection's schema:/);
		expect(a).toContain('/site/content/links/bad-l.yaml\n  **links → bad-l**');
		expect(a).toContain('/site/content/notes/bad-n.yaml\n  **notes → bad-n**');
	});

	it('starts afresh with the next sync', async () => {
		await everyEntryChecked(fakeGlob(['bad-first']).loader).load(context).catch(() => {});
		const error = await everyEntryChecked(fakeGlob(['bad-second']).loader).load(context).catch((e: Error) => e);
		expect((error as Error).message).toMatch(/^\*\*notes → bad-second\*\*/);
	});

	it('after its first load, a later sync of one changed file fails at once, as Astro’s would', async () => {
		const { loader, kept } = fakeGlob(['good']);
		await everyEntryChecked(loader).load(context);
		await expect(kept.parse!({ id: 'bad-later', data: {} })).rejects.toThrow('notes → bad-later');
	});
});
