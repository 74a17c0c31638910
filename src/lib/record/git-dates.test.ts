import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commitDates } from './git-dates';

describe('commitDates', () => {
	it('lists the dates of the commits that touched a path, oldest first', () => {
		const dates = commitDates('package.json');
		expect(dates.length).toBeGreaterThan(0);
		expect([...dates].sort((a, b) => Date.parse(a) - Date.parse(b))).toEqual(dates);
	});

	it('is empty where there is no git history', () => {
		expect(commitDates('anything', mkdtempSync(join(tmpdir(), 'no-git-')))).toEqual([]);
	});
});
