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
		mustAct: [{ actor: { collection: 'actors', id: 'pakistan' }, evidence: [{ page: 25, excerpt: 'Pakistan should act' }] }],
		involved: [{ collection: 'actors', id: 'pashtuns' }],
		themes: [{ collection: 'themes', id: 'security-interests' }],
		mechanisms: [],
		outlook: {
			scenarios: [{ scenario: { collection: 'scenarios', id: 'civil-war' }, status: 'unstated' }],
			stability: { status: 'fares-better', note: 'n', evidence: [{ page: { from: 24, to: 30 }, excerpt: 'more likely to succeed' }] },
			instability: { status: 'hard', note: 'm', evidence: [{ page: 26, excerpt: 'difficult to maintain' }] },
		},
	},
};
const scenarios = [
	{
		id: 'civil-war',
		data: { title: 'Civil war', code: 'S2', derived: { via: 'instability' as const, reason: 'r', evidence: [{ page: 20, excerpt: 'spread of instability' }] } },
	},
];

describe('data export', () => {
	it('turns references into ids at any depth', () => {
		expect(flattenRefs(rec.data.mustAct)).toEqual([{ actor: 'pakistan', evidence: [{ page: 25, excerpt: 'Pakistan should act' }] }]);
		expect(flattenRefs(rec.data.outlook.scenarios)).toEqual([{ scenario: 'civil-war', status: 'unstated' }]);
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

	it('gives a recommendation its outlook conditions first, with labels, evidence and the edition’s reading flagged', () => {
		const [r] = toJsonRecords([rec], site, '/', scenarios) as Array<{ outlookByCondition: unknown[] }>;
		expect(r!.outlookByCondition).toEqual([
			{ key: 'stability', kind: 'condition', status: 'fares-better', label: 'The report expects it to fare better', note: 'n', evidence: [{ page: { from: 24, to: 30 }, excerpt: 'more likely to succeed' }], derived: null },
			{ key: 'instability', kind: 'condition', status: 'hard', label: 'The report calls it hard', note: 'm', evidence: [{ page: 26, excerpt: 'difficult to maintain' }], derived: null },
			{
				key: 'civil-war',
				kind: 'scenario',
				status: 'unstated',
				label: 'The report does not say',
				evidence: [],
				derived: {
					via: 'instability',
					status: 'hard',
					label: 'The report calls it hard',
					reason: 'r',
					evidence: [{ page: 20, excerpt: 'spread of instability' }, { page: 26, excerpt: 'difficult to maintain' }],
				},
			},
		]);
	});

	it('writes one CSV row per recommendation: who must act, who is involved, and per column status, label, note, evidence, derived', () => {
		const csv = recommendationsCsv([rec], scenarios, site, '/');
		const [header, row] = csv.trim().split('\r\n');
		expect(header).toBe(
			'code,title,audience,must_act,involved,themes,mechanisms,' +
				['stability', 'instability', 'civil-war'].flatMap((k) => ['status', 'label', 'note', 'evidence', 'derived'].map((f) => `outlook_${k}_${f}`)).join(',') +
				',summary,url',
		);
		expect(row).toBe(
			'AP-01,"Hold talks, ""directly""",afghanistan-pakistan,pakistan,pashtuns,security-interests,,' +
				'fares-better,The report expects it to fare better,n,"pp. 24–30: ""more likely to succeed""",,' +
				'hard,The report calls it hard,m,"p. 26: ""difficult to maintain""",,' +
				'unstated,The report does not say,,,"The edition’s reading, not the report’s: via instability, hard",' +
				'Officials should meet.,https://example.org/recommendations/hold-talks/',
		);
	});
});
