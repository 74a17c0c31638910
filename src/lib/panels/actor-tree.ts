/**
 * Actors nest: the ISI is part of the Pakistani military, which is part of Pakistan. A filter by
 * a whole includes its parts, so an entry tagged with a part also counts for every actor it is
 * part of. Pure, from `partOf` on each actor.
 */

export interface ActorLike {
	id: string;
	filePath?: string | undefined;
	data: { partOf?: { id: string } | undefined };
}

/** The actor itself and every actor it is part of, nearest first. Fails on a cycle, naming the file. */
export function withWholes(actors: ActorLike[], id: string): string[] {
	const byId = new Map(actors.map((a) => [a.id, a]));
	const chain = [id];
	for (let a = byId.get(id); a?.data.partOf; a = byId.get(a.data.partOf.id)) {
		const parent = a.data.partOf.id;
		if (chain.includes(parent)) {
			throw new Error(`${a.filePath ?? a.id}: field "partOf" makes a cycle (${[...chain, parent].join(' → ')}): an actor cannot be part of itself`);
		}
		chain.push(parent);
	}
	return chain;
}

/** One problem, naming the file and field, for each actor whose `partOf` chain comes back to itself; checked in `loadSite`. */
export function partOfCycles(actors: ActorLike[]): string[] {
	return actors.flatMap((a) => {
		try {
			withWholes(actors, a.id);
			return [];
		} catch (e) {
			return [(e as Error).message];
		}
	});
}

/** The actor and every actor that is part of it, at any depth. */
export function withParts(actors: ActorLike[], id: string): string[] {
	return actors.filter((a) => withWholes(actors, a.id).includes(id)).map((a) => a.id);
}

/** Facet values for a list of actors: each with all the wholes it is part of, without repeats. */
export function actorFacetValues(actors: ActorLike[], ids: string[]): string[] {
	return [...new Set(ids.flatMap((id) => withWholes(actors, id)))];
}
