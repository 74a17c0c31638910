/**
 * How an entry page shows its entry, by the kinds table's `pages.view`: the one generic route
 * (`src/pages/[folder]/[slug].astro`) renders every kind with pages through this map. A kind whose
 * page looks like the argument's needs no line here.
 */
import EntryPage from './EntryPage.astro';
import DevelopmentPage from './since/DevelopmentPage.astro';
import type { KindSpec } from '../lib/content/kinds';

type View = NonNullable<NonNullable<KindSpec['pages']>['view']>;

export const ENTRY_VIEWS = { entry: EntryPage, development: DevelopmentPage } satisfies Record<View, unknown>;

/** The component that renders an entry page of this kind. */
export const entryView = (spec: KindSpec) => ENTRY_VIEWS[spec.pages?.view ?? 'entry'];
