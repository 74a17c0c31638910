import { describe, expect, it } from 'vitest';
import { actorFacetValues, partOfCycles, withParts, withWholes } from './actor-tree';

const actor = (id: string, partOf?: string) => ({ id, filePath: `content/actors/${id}.yaml`, data: { partOf: partOf ? { id: partOf } : undefined } });
const actors = [
	actor('pakistan'),
	actor('pakistani-military', 'pakistan'),
	actor('inter-services-intelligence', 'pakistani-military'),
	actor('afghanistan'),
	actor('afghan-government', 'afghanistan'),
];

describe('actor nesting', () => {
	it('an actor counts for every whole it is part of', () => {
		expect(withWholes(actors, 'inter-services-intelligence')).toEqual(['inter-services-intelligence', 'pakistani-military', 'pakistan']);
		expect(withWholes(actors, 'afghanistan')).toEqual(['afghanistan']);
	});
	it('filtering by a whole includes its parts at any depth', () => {
		expect(withParts(actors, 'pakistan').sort()).toEqual(['inter-services-intelligence', 'pakistan', 'pakistani-military']);
		expect(withParts(actors, 'pakistani-military').sort()).toEqual(['inter-services-intelligence', 'pakistani-military']);
	});
	it('facet values of an entry acting through the ISI and the Afghan government match Pakistan and Afghanistan', () => {
		expect(actorFacetValues(actors, ['inter-services-intelligence', 'afghan-government']).sort()).toEqual(
			['afghan-government', 'afghanistan', 'inter-services-intelligence', 'pakistan', 'pakistani-military'],
		);
	});
	it('a cycle fails, naming the file and the field', () => {
		const loop = [actor('a', 'b'), actor('b', 'a')];
		expect(() => withWholes(loop, 'a')).toThrow('content/actors/b.yaml: field "partOf" makes a cycle (a → b → a)');
	});
	it('partOfCycles, checked before any page renders, gives one problem per actor on a cycle and none for a tree', () => {
		expect(partOfCycles([actor('a', 'b'), actor('b', 'a'), actor('c')])).toEqual([
			'content/actors/b.yaml: field "partOf" makes a cycle (a → b → a): an actor cannot be part of itself',
			'content/actors/a.yaml: field "partOf" makes a cycle (b → a → b): an actor cannot be part of itself',
		]);
		expect(partOfCycles(actors)).toEqual([]);
	});
});
