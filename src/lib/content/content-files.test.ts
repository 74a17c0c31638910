import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorPrefixOf, contentEntryOf, isContentFile, pageOfContentFile, readYamlEntries } from './content-files';

describe('readYamlEntries', () => {
	const root = mkdtempSync(join(tmpdir(), 'content-files-'));
	mkdirSync(join(root, 'glossary'));
	writeFileSync(join(root, 'glossary', 'tapi.yaml'), 'term: TAPI\n');
	writeFileSync(join(root, 'glossary', 'cpec.yml'), 'term: CPEC\n');
	writeFileSync(join(root, 'glossary', '_draft.yaml'), 'term: Draft\n');
	writeFileSync(join(root, 'glossary', 'notes.md'), '# not an entry\n');

	it('reads every YAML entry of a folder by its file name, leaving out files that start with _', () => {
		expect(readYamlEntries('glossary', root)).toEqual(new Map([['cpec', { term: 'CPEC' }], ['tapi', { term: 'TAPI' }]]));
	});
	it('gives an empty map for a folder that does not exist', () => {
		expect(readYamlEntries('nowhere', root).size).toBe(0);
	});
	it('tells content files from others', () => {
		expect(isContentFile(join(root, 'themes', 'x.mdx'), root)).toBe(true);
		expect(isContentFile('/elsewhere/x.mdx', root)).toBe(false);
		expect(isContentFile(undefined, root)).toBe(false);
	});
});

describe('a Markdown entry’s page, from the kinds table', () => {
	it('knows the entry of a content file', () => {
		expect(contentEntryOf('/x/content/eras/soviet-war.mdx')).toEqual({ folder: 'eras', id: 'soviet-war' });
		expect(contentEntryOf('/x/content/glossary/tapi.yaml')).toBeUndefined();
	});
	it('gives each entry the page it is rendered on: its own, the page its kind is anchored on, or a Starlight page’s', () => {
		expect(pageOfContentFile('/x/content/themes/trade-and-connectivity.mdx')).toBe('/themes/trade-and-connectivity/');
		expect(pageOfContentFile('/x/content/recommendations/acknowledge-core-issues.mdx')).toBe('/recommendations/acknowledge-core-issues/');
		expect(pageOfContentFile('/x/content/eras/soviet-war.mdx')).toBe('/history/');
		expect(pageOfContentFile('/x/content/pages/summary.mdx')).toBe('/summary/');
		expect(pageOfContentFile('/x/content/pages/index.mdx')).toBe('/');
		expect(pageOfContentFile('/x/content/sections/part.mdx')).toBeUndefined();
	});
	it('prefixes the anchors of entries that share a page with their id', () => {
		expect(anchorPrefixOf('/x/content/eras/soviet-war.mdx')).toBe('p-soviet-war-');
		expect(anchorPrefixOf('/x/content/themes/x.mdx')).toBe('p-');
	});
});
