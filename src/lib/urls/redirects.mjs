// Renamed pages: old path -> new path. A published URL never disappears: when a slug changes,
// add its old path here (the URL contract test in e2e/ fails until you do).
/** @type {Record<string, string>} */
export const redirects = {};

// Paragraph anchors whose paragraph was reworded or replaced: '/page/#old-anchor' -> 'new-anchor'
// (the successor's id on the same page). A published anchor never disappears: the build fails until
// it is listed here (src/published-anchors.txt holds the published ones).
/** @type {Record<string, string>} */
export const anchorSuccessors = {
	// Issue 24: the report calls them "potential" spoilers, not "likely" ones.
	'/conclusion/#p-deal-with-likely-spoilers': 'p-deal-with-potential-spoilers',
};
