/**
 * Adds the URLs of the current build that are not yet in `src/published-urls.txt` to it. Run it
 * deliberately after a build that publishes new pages: from then on the build keeps them alive.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPaths } from '../../src/integrations/built-paths.ts';
import { newlyBuilt, parsePublished } from '../../src/lib/urls/url-contract.ts';
import { builtAnchors } from '../../src/lib/report/paragraph-ids.ts';
import { existsSync } from 'node:fs';
import { dist, root } from './dist.ts';

const list = join(root, 'src', 'published-urls.txt');
const published = parsePublished(readFileSync(list, 'utf8'));
const fresh = newlyBuilt(published, builtPaths(dist)).filter((p) => p !== '/404.html');
if (fresh.length) appendFileSync(list, `${fresh.join('\n')}\n`);
console.log(`published URLs: ${published.length} listed, ${fresh.length} added`);

// Paragraph anchors: every anchor of every built page joins the contract the same way.
const anchorList = join(root, 'src', 'published-anchors.txt');
const publishedAnchors = new Set(existsSync(anchorList) ? parsePublished(readFileSync(anchorList, 'utf8')) : []);
const freshAnchors = [...builtPaths(dist)]
	.filter((p) => p.endsWith('/'))
	.flatMap((p) => [...builtAnchors(readFileSync(join(dist, p, 'index.html'), 'utf8'))].map((id) => `${p}#${id}`))
	.filter((a) => !publishedAnchors.has(a))
	.sort();
if (!existsSync(anchorList)) appendFileSync(anchorList, '# Published paragraph anchors: one /path/#id a line. The build fails when one disappears\n# unless src/lib/urls/redirects.mjs maps it to its successor (anchorSuccessors). Add new ones with npm run urls:publish.\n');
if (freshAnchors.length) appendFileSync(anchorList, `${freshAnchors.join('\n')}\n`);
console.log(`published paragraph anchors: ${publishedAnchors.size} listed, ${freshAnchors.length} added`);
