// Where the site is deployed. Both come from the environment so the same build can live at a
// domain root or under a sub-path; every canonical link, redirect and asset follows them.
/** The address a build uses when SITE_URL is unset; `astro build` warns when it is used. */
export const placeholderSite = 'https://peaceworks175.example.org';
/** Absolute origin of the deployed site (SITE_URL). */
export const site = process.env.SITE_URL ?? placeholderSite;
/** Base path under that origin (BASE_PATH), always with leading and trailing slashes. */
export const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
