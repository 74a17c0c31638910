/**
 * The relevance suite: queries a briefing writer would type, each with what a trustworthy search
 * must return. Paths are root-relative; a path with a `#fragment` must be where the result lands
 * (its first sub-result), not just the page. Run by `e2e/relevance.spec.ts` through Pagefind's own
 * API against the built index, after the site's own query preparation (`src/lib/search/search-query.ts`).
 */
export interface RelevanceCase {
	query: string;
	/** What kind of query it is, for the report. */
	why: string;
	/** Every one of these is among the first three results (where each result lands). */
	top3?: string[];
	/** At least one of these is among the first three results. */
	top3Any?: string[];
	/** This is the first result. */
	first?: string;
	/** None of these pages appears anywhere in the results. */
	never?: string[];
	/** No page at all matches (the query is not a word the site uses). */
	none?: boolean;
	/** "Did you mean" offers this word. */
	suggest?: string;
	/** An empty result points to this entry as the nearest subject. */
	nearest?: string;
}

const TP = ['/recommendations/encourage-without-encroaching/', '/recommendations/explore-options-to-verify-commitments/', '/recommendations/press-for-india-pakistan-dialogue-on-afghanistan/', '/recommendations/anticipate-and-mitigate-spoilers/'];

/** The record's pages on deportations of Afghans from Pakistan. */
const DEPORTATION = ['/since/2023-11-deportations-begin-under-ifrp/', '/since/2025-08-por-card-holders-face-deportation/', '/since/2024-11-unhcr-761000-returned-from-pakistan/', '/since/2025-12-unhcr-2025-returns-from-pakistan/', '/since/2023-10-pakistan-orders-undocumented-foreigners-out/', '/since/2025-03-afghan-citizen-card-holders-told-to-leave/'];

export const cases: RelevanceCase[] = [
	// Typos: the issue's own first case, and others a fast typist makes.
	{ query: 'Pakistn', why: 'misspelling', suggest: 'pakistan', never: ['/figures/'] },
	{ query: 'Afghanstan', why: 'misspelling', suggest: 'afghanistan' },
	{ query: 'Talban', why: 'misspelling', suggest: 'taliban' },
	{ query: 'refugess', why: 'misspelling', suggest: 'refugees' },
	{ query: 'Durnd Line', why: 'misspelling in a phrase', suggest: 'durand' },
	// No prefix false matches for whole words.
	// Words of the edition's record (not the report's) are searched, never dropped as unknown, and still
	// make no prefix false matches ("deportation" once matched "de facto").
	{ query: 'deportation', why: 'a word of the edition’s record only', top3Any: DEPORTATION, never: ['/recommendations/explore-border-management-options/', '/recommendations/regularize-military-to-military-engagement/'] },
	{ query: 'deported', why: 'a word of the edition’s record only, not "reported"', top3Any: DEPORTATION, never: ['/recommendations/explore-border-management-options/'] },
	{ query: 'earthquake', why: 'word the report does not use', none: true },
	// Demonyms, adjectives and nouns reach each other.
	{ query: 'Chinese', why: 'demonym', top3: ['/factors/regional-competition/'], top3Any: ['/actors/china/'] },
	{ query: 'China', why: 'country', top3: ['/factors/regional-competition/'] },
	{ query: 'Beijing', why: 'capital for the state', top3: ['/factors/regional-competition/'] },
	{ query: 'Pakistani Taliban', why: 'another name for an armed group', top3: ['/actors/tehrik-i-taliban-pakistan/'] },
	{ query: 'Tehrik-i-Taliban', why: 'expansion of an acronym', top3Any: ['/actors/tehrik-i-taliban-pakistan/', '/glossary/#term-ttp'] },
	{ query: 'Soviets', why: 'plural demonym', top3Any: ['/history/#era-soviet-war', '/actors/soviet-union/'] },
	// Acronyms: the entry and the page that discusses them at length.
	{ query: 'TAPI', why: 'acronym of a glossary entry', top3: ['/glossary/#term-tapi', '/themes/trade-and-connectivity/'] },
	{ query: 'ISI', why: 'acronym of an agency', top3: ['/themes/security-interests/'], top3Any: ['/glossary/#term-isi', '/actors/inter-services-intelligence/'] },
	{ query: 'TTP', why: 'acronym of an armed group', top3: ['/themes/security-interests/'], top3Any: ['/glossary/#term-ttp', '/actors/tehrik-i-taliban-pakistan/'] },
	{ query: 'FATA', why: 'acronym of a place', top3: ['/glossary/#term-fata'] },
	{ query: 'Federally Administered Tribal Areas', why: 'expansion of a place acronym', top3: ['/glossary/#term-fata'] },
	{ query: 'APTTA', why: 'acronym of a mechanism', top3: ['/glossary/#term-aptta', '/themes/trade-and-connectivity/'] },
	{ query: 'APAPPS', why: 'acronym of a mechanism', top3: ['/glossary/#term-apapps'] },
	{ query: 'PTM', why: 'acronym of a movement', top3Any: ['/actors/pashtun-tahafuz-movement/', '/glossary/#term-ptm'] },
	{ query: 'ISKP', why: 'acronym of an armed group', top3: ['/glossary/#term-iskp'] },
	{ query: 'FATF', why: 'acronym of an international body', top3Any: ['/glossary/#term-fatf', '/actors/financial-action-task-force/'] },
	{ query: 'CBMs', why: 'plural acronym', top3: ['/recommendations/build-momentum-through-confidence-building-measures/'] },
	// Terms with no page of their own: say where the nearest subject is.
	{ query: 'CPEC', why: 'term the report does not use', nearest: '/glossary/#term-belt-and-road-initiative' },
	{ query: 'China-Pakistan Economic Corridor', why: 'term the report does not use', nearest: '/glossary/#term-belt-and-road-initiative' },
	// Glossary terms and eras land on their anchors.
	{ query: 'Durand Line', why: 'glossary term and era', top3: ['/glossary/#term-durand-line'], top3Any: ['/history/#era-durand-line'] },
	{ query: 'strategic depth', why: 'term of art', top3: ['/glossary/#term-strategic-depth'] },
	{ query: 'Pashtunistan', why: 'term of art', top3: ['/glossary/#term-pashtunistan'] },
	{ query: 'rahdari', why: 'term of art', top3: ['/glossary/#term-rahdari'] },
	{ query: 'madrasa', why: 'spelling variant', top3: ['/glossary/#term-madaris'] },
	{ query: 'Joint Vision Document', why: 'named mechanism', top3: ['/glossary/#term-joint-vision-document'] },
	{ query: 'Soviet invasion', why: 'historical era', top3: ['/history/#era-soviet-war'] },
	{ query: '1893', why: 'a year', top3: ['/history/#era-durand-line'] },
	// Codes, however typed.
	{ query: 'AP-07', why: 'code as printed', first: '/recommendations/explore-border-management-options/' },
	{ query: 'ap-07', why: 'code in lower case', first: '/recommendations/explore-border-management-options/' },
	{ query: 'ap7', why: 'code without dash or zero', first: '/recommendations/explore-border-management-options/' },
	{ query: 'ap 07', why: 'code with a space', first: '/recommendations/explore-border-management-options/' },
	{ query: 'AP12', why: 'code without dash', first: '/recommendations/build-momentum-through-confidence-building-measures/' },
	{ query: 'tp-4', why: 'third-party code without zero', first: '/recommendations/anticipate-and-mitigate-spoilers/' },
	{ query: 'T5', why: 'theme code', first: '/themes/trade-and-connectivity/' },
	{ query: 's2', why: 'scenario code in lower case', first: '/scenarios/civil-war/' },
	// Actors and places.
	{ query: 'Haqqani network', why: 'armed group', top3: ['/actors/haqqani-network/'] },
	{ query: 'Imran Khan', why: 'person', top3: ['/actors/imran-khan/'] },
	{ query: 'Torkham', why: 'border crossing', top3Any: ['/themes/cross-border-ties/', '/themes/trade-and-connectivity/', '/figures/'] },
	{ query: 'Balochistan', why: 'province', top3Any: ['/actors/baloch/', '/themes/sovereignty-concerns/', '/themes/security-interests/'] },
	{ query: 'India', why: 'complicating factor', top3: ['/factors/india/'] },
	// Phrases from the argument and questions.
	{ query: 'what should the US do', why: 'question', top3Any: TP },
	{ query: 'what should the United States do', why: 'question', top3Any: TP },
	{ query: 'confidence-building measures', why: 'phrase', top3: ['/recommendations/build-momentum-through-confidence-building-measures/'] },
	{ query: 'intelligence sharing', why: 'phrase', top3: ['/recommendations/pursue-increased-intelligence-sharing/'] },
	{ query: 'track 2 talks', why: 'phrase', top3: ['/recommendations/hold-inclusive-track-2-talks/'] },
	{ query: 'border fence', why: 'phrase', top3Any: ['/recommendations/explore-border-management-options/', '/themes/cross-border-ties/', '/themes/sovereignty-concerns/'] },
	{ query: 'civil war', why: 'scenario', top3: ['/scenarios/civil-war/'] },
	{ query: 'Taliban takeover', why: 'scenario', top3: ['/scenarios/taliban-takeover/'] },
	{ query: 'negotiated settlement', why: 'scenario', top3: ['/scenarios/negotiated-settlement/'] },
	{ query: 'spoilers', why: 'sub-measure subject', top3: ['/recommendations/anticipate-and-mitigate-spoilers/'] },
	{ query: 'Shahtoot', why: 'a word only in a theme body', top3: ['/themes/security-interests/'] },
	{ query: 'Explore border management options', why: 'a recommendation title', top3: ['/recommendations/explore-border-management-options/'] },
	{ query: 'Security interests', why: 'a theme title', top3: ['/themes/security-interests/'] },
];
