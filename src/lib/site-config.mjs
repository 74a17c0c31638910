// Where the site is deployed. Both come from the environment so the same build can live at a
// domain root or under a sub-path; every canonical link, redirect and asset follows them.
/** Absolute origin of the deployed site (SITE_URL). */
export const PLACEHOLDER_SITE = 'https://peaceworks175.example.org';
export const site = process.env.SITE_URL ?? PLACEHOLDER_SITE;
/** Base path under that origin (BASE_PATH), always with leading and trailing slashes. */
export const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
