// Where the site is deployed. Both come from the environment so the same build can live at a
// domain root or under a sub-path; every canonical link, redirect and asset follows them.
import { normaliseBase } from './base-path.ts';
/** Absolute origin of the deployed site (SITE_URL). */
export const PLACEHOLDER_SITE = 'https://peaceworks175.example.org';
export const site = process.env.SITE_URL ?? PLACEHOLDER_SITE;
/** Base path under that origin (BASE_PATH), always with leading and trailing slashes. */
export const base = normaliseBase(process.env.BASE_PATH);
/**
 * The edition as its pages' citation records name it: the site's name (the container of every page)
 * and its author and publisher, a corporate name. Set EDITION_AUTHOR to name the people or
 * organisation that maintain a deployment; the default is the site's title plus "editors".
 */
export const siteTitle = 'Afghanistan-Pakistan Ties';
export const edition = {
	siteName: 'Afghanistan-Pakistan Ties: An Online Edition of Peaceworks No. 175',
	author: process.env.EDITION_AUTHOR ?? `${siteTitle} editors`,
};
