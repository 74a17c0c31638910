/**
 * Adds the URLs of the current build that are not yet in `src/published-urls.txt` to it. Run it
 * deliberately after a build that publishes new pages: from then on the build keeps them alive.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPaths } from '../../src/integrations/built-paths.ts';
import { newlyBuilt, parsePublished } from '../../src/lib/url-contract.ts';
import { dist, root } from './dist.ts';

const list = join(root, 'src', 'published-urls.txt');
const published = parsePublished(readFileSync(list, 'utf8'));
const fresh = newlyBuilt(published, builtPaths(dist)).filter((p) => p !== '/404.html');
if (fresh.length) appendFileSync(list, `${fresh.join('\n')}\n`);
console.log(`published URLs: ${published.length} listed, ${fresh.length} added`);
