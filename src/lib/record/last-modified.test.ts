import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lastModified } from './last-modified';
import { editionDates, resetEditionDates } from './edition-dates';

afterEach(() => resetEditionDates());

describe('a page’s revision date', () => {
	it('is the git date of its source file where git knows it', () => {
		expect(lastModified(['package.json'])).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it('without git history of the file, is the edition’s own last revision, never the build day', () => {
		const date = lastModified(['content/no-such-file-in-any-commit.yaml']);
		expect(date).toBe(editionDates().lastRevised.slice(0, 10));
		expect(lastModified(['content/no-such-file-in-any-commit.yaml'], () => '2026-11-27')).toBe('2026-11-27');
	});
});

describe('the edition’s dates without git history', () => {
	const tree = (changes: Record<string, string>) => {
		const root = mkdtempSync(join(tmpdir(), 'no-git-edition-'));
		mkdirSync(join(root, 'content', 'changes'), { recursive: true });
		for (const [name, body] of Object.entries(changes)) writeFileSync(join(root, 'content', 'changes', name), body);
		return root;
	};

	it('come from the change log, not the build day', () => {
		const dates = editionDates(tree({ 'a.yaml': 'date: 2026-11-25\nwhat: x\n', 'b.yaml': "date: '2026-12-07'\nwhat: y\n" }));
		expect(dates).toEqual({ firstPublished: '2026-11-25', lastRevised: '2026-12-07', from: 'change-log' });
	});

	it('fail the build, naming the folder, where the change log has no date either', () => {
		expect(() => editionDates(tree({}))).toThrow(/content\/changes.*never used/);
	});
});
