import { describe, expect, it } from 'vitest';
import { flattenRefs, parseCsv, recommendationsCsv, toCsv, toJsonRecords } from './data-export';

const site = new URL('https://example.org');
const rec = {
	collection: 'recommendations',
	id: 'hold-talks',
	data: {
		code: 'AP-01',
		title: 'Hold talks, "directly"',
		audience: 'afghanistan-pakistan',
		summary: 'Officials should meet.',
		actors: [{ collection: 'actors', id: 'pakistan' }],
		themes: [{ collection: 'themes', id: 'security-interests' }],
		mechanisms: [],
		outlook: {
			scenarios: [{ scenario: { collection: 'scenarios', id: 'civil-war' }, status: 'untenable', note: 'n' }],
			stability: { status: 'holds', note: 'n' },
			instability: { status: 'unstated' },
		},
	},
};
const scenarios = [{ id: 'civil-war', data: { title: 'Civil war', code: 'S2' } }];

describe('data export', () => {
	it('turns references into ids at any depth', () => {
		expect(flattenRefs(rec.data.outlook)).toEqual({
			scenarios: [{ scenario: 'civil-war', status: 'untenable', note: 'n' }],
			stability: { status: 'holds', note: 'n' },
			instability: { status: 'unstated' },
		});
	});

	it('gives each JSON record its id and permanent URL under the base path', () => {
		const [r] = toJsonRecords([{ ...rec, body: '\nText.\n' }], site, '/pw/');
		expect(r).toMatchObject({ id: 'hold-talks', url: 'https://example.org/pw/recommendations/hold-talks/', code: 'AP-01', body: 'Text.' });
	});

	it('quotes CSV fields that need it and ends lines with CRLF', () => {
		expect(toCsv([['a', 'b,c'], ['say "hi"', 'x\ny']])).toBe('a,"b,c"\r\n"say ""hi""","x\ny"\r\n');
		// What toCsv writes, parseCsv reads back (the explorer filters the published CSV with it).
		const rows = [['a', 'b,c', ''], ['say "hi"', 'x\r\ny', 'z']];
		expect(parseCsv(toCsv(rows))).toEqual(rows);
		expect(parseCsv('a,b\nc,d')).toEqual([['a', 'b'], ['c', 'd']]);
	});

	it('writes one CSV row per recommendation with an outlook column per condition', () => {
		const csv = recommendationsCsv([rec], scenarios, site, '/');
		const [header, row] = csv.trim().split('\r\n');
		expect(header).toBe('code,title,audience,actors,themes,mechanisms,outlook_civil-war,outlook_stability,outlook_instability,summary,url');
		expect(row).toBe(
			'AP-01,"Hold talks, ""directly""",afghanistan-pakistan,pakistan,security-interests,,untenable,holds,unstated,Officials should meet.,https://example.org/recommendations/hold-talks/',
		);
	});
});
