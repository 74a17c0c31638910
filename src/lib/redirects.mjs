// Renamed pages: old path -> new path. A published URL never disappears: when a slug changes,
// add its old path here (the URL contract test in e2e/ fails until you do).
/** @type {Record<string, string>} */
export const redirects = {};
