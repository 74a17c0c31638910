import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAgainstReport } from './report-checks';

const text = (() => {
	try {
		return readFileSync(new URL('../../../../shared/source/peaceworks-175.txt', import.meta.url), 'utf8');
	} catch {
		return undefined;
	}
})();

const excerpt = 'help maintain connections even in the absence of official contacts';
const entries = [
	{ filePath: 'content/themes/x.mdx', data: { pages: { from: 6, to: 14 }, lines: [[289, 409]] } },
	{ filePath: 'content/recommendations/y.mdx', data: { mustAct: [{ actor: 'a', evidence: [{ page: 25, excerpt }] }], outlook: { stability: { evidence: [{ page: 24, excerpt }] } } } },
];

describe('checkAgainstReport', () => {
	it('checks pages against lines without the report’s text, and says the evidence went unchecked', () => {
		expect(checkAgainstReport(entries, undefined)).toEqual({
			problems: ['content/themes/x.mdx: field "pages": pp. 6–14 is not where its text is: its lines 289-409 stand on pp. 6–8; write pages: {from: 6, to: 8}'],
		});
	});

	it.skipIf(!text)('with the text, also checks every excerpt, naming the file and the page field, and counts them', () => {
		const { problems, excerpts } = checkAgainstReport(entries, text);
		expect(excerpts).toBe(2);
		expect(problems).toHaveLength(2);
		expect(problems[1]).toMatch(/^content\/recommendations\/y\.mdx: field "mustAct\[0\]\.evidence\[0\]\.page": excerpt ".*" is not on p\. 25: .* write page: 24$/);
	});

	it.skipIf(!text)('finds nothing in entries that agree with the report', () => {
		expect(checkAgainstReport([{ filePath: 'a.mdx', data: { evidence: [{ page: 24, excerpt }] } }], text)).toEqual({ problems: [], excerpts: 1 });
	});
});
