// The page's model (`src/lib/content/site-model.ts`), put on `Astro.locals` by the route middleware for
// every page Starlight renders; the Head and Footer overrides and the cite block read it.
declare namespace App {
	interface Locals {
		pageModel: import('./lib/content/site-model').PageModel;
	}
}
