import { describe, expect, it } from 'vitest';
import { outlookRows, type ScenarioForOutlook } from './outlook';

const ref = (id: string) => ({ collection: 'scenarios', id });
const ev = (excerpt: string) => [{ page: { from: 24, to: 30 }, excerpt }];
const rec = (own: Record<string, { status: string; evidence?: ReturnType<typeof ev> }>, instability = 'hard') => ({
	collection: 'recommendations',
	id: 'r',
	data: {
		outlook: {
			scenarios: ['settle', 'war'].map((id) => ({ scenario: ref(id), ...(own[id] ?? { status: 'unstated' }) })),
			stability: { status: 'unstated' },
			instability: { status: instability, note: 'n', evidence: instability === 'unstated' ? [] : ev('difficult to maintain') },
		},
	},
});
const scenarios: ScenarioForOutlook[] = [
	{ id: 'settle', data: { title: 'Settlement', code: 'S1', derived: { via: 'stability', reason: 'calmer', evidence: ev('more stable') } } },
	{ id: 'war', data: { title: 'Civil war', code: 'S2', derived: { via: 'instability', reason: 'conflict', evidence: ev('spread of instability') } } },
];

describe('outlookRows', () => {
	it('leads with the report’s conditions, then the scenarios in order', () => {
		expect(outlookRows(rec({}), scenarios).map((r) => [r.key, r.kind])).toEqual([
			['stability', 'condition'],
			['instability', 'condition'],
			['settle', 'scenario'],
			['war', 'scenario'],
		]);
	});

	it('shows the edition’s reading where the report is silent on a scenario, with the evidence of both steps', () => {
		const war = outlookRows(rec({}), scenarios).find((r) => r.key === 'war')!;
		expect(war.status).toBe('unstated');
		expect(war.derived).toMatchObject({
			via: 'instability',
			status: 'hard',
			statusLabel: 'The report calls it hard',
			scenarioEvidence: ev('spread of instability'),
			conditionEvidence: ev('difficult to maintain'),
		});
	});

	it('reads nothing where the condition itself is unstated, or where the report speaks to the scenario', () => {
		expect(outlookRows(rec({}), scenarios).find((r) => r.key === 'settle')!.derived).toBeUndefined();
		const own = outlookRows(rec({ war: { status: 'unlikely-but-pursue', evidence: ev('unlikely to continue') } }), scenarios).find((r) => r.key === 'war')!;
		expect(own.status).toBe('unlikely-but-pursue');
		expect(own.derived).toBeUndefined();
		expect(outlookRows(rec({}, 'unstated'), scenarios).find((r) => r.key === 'war')!.derived).toBeUndefined();
	});

	it('shows the report’s account of the scenario first and the edition’s reading after it (keepsReading)', () => {
		const war = outlookRows(rec({ war: { status: 'scenario-opens-room', evidence: ev('better able to coordinate') } }), scenarios).find((r) => r.key === 'war')!;
		expect(war.status).toBe('scenario-opens-room');
		expect(war.evidence).toEqual(ev('better able to coordinate'));
		expect(war.derived).toMatchObject({ via: 'instability', status: 'hard' });
	});
});
