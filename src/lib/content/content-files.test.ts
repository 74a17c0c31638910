import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isContentFile, readYamlEntries } from './content-files';

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
