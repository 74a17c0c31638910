import { describe, expect, it } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import { everyEntryChecked } from './every-entry';

/** An error as Astro's schema check throws it: a message and the entry's file. */
const schemaError = (id: string) => Object.assign(new Error(`**notes → ${id}** data does not match collection schema.\n\n  **title**: Required\n`), { loc: { file: `/site/content/notes/${id}.yaml` } });

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

/** A context whose schema rejects the entries whose id starts with "bad". */
const context = { collection: 'notes', parseData: async ({ id, data }: { id: string; data: unknown }) => {
	if (id.startsWith('bad')) throw schemaError(id);
	return data;
} } as unknown as LoaderContext;

describe('everyEntryChecked', () => {
	it('validates every entry, then fails once, listing each rejected entry under its file (sorted)', async () => {
		const { loader } = fakeGlob(['bad-b', 'good', 'bad-a']);
		const error = await everyEntryChecked(loader).load(context).catch((e: Error) => e);
		expect(error).toBeInstanceOf(Error);
		const message = (error as Error).message;
		expect(message).toMatch(/^2 entries of the collection "notes" do not match its schema:/);
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

	it('after its first load, a later sync of one changed file fails at once, as Astro’s would', async () => {
		const { loader, kept } = fakeGlob(['good']);
		await everyEntryChecked(loader).load(context);
		await expect(kept.parse!({ id: 'bad-later', data: {} })).rejects.toThrow('notes → bad-later');
	});
});
