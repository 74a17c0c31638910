/**
 * The benchmark's point of comparison: a bare Starlight site (default `starlight()` config, default
 * Pagefind search, no overrides) whose pages carry the same text as ours. Every page of our built
 * `dist/` becomes a plain Markdown page at the same path: its title, and the main content's
 * headings, paragraphs, list items and table cells as text. It is built with our own
 * `node_modules` (a symlink), so nothing is downloaded.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { stringify } from 'yaml';

/** Elements whose text is one block of the page; their insides are not walked further. */
const BLOCKS = new Set(['p', 'li', 'dt', 'dd', 'td', 'th', 'figcaption', 'caption', 'summary', 'pre', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements whose text a reader does not read as page content. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'button', 'svg']);

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Text made safe for Markdown: no character starts markup. */
export const escapeMarkdown = (s: string) => s.replace(/[\\`*_[\]<>{}|#]/g, (c) => `\\${c}`).replace(/^(\d+)\. /, '$1\\. ').replace(/^([-+]) /, '\\$1 ');

/** The main content of one built page as Markdown blocks (headings keep their level). */
export function contentBlocks(main: HTMLElement): string[] {
	const out: string[] = [];
	const walk = (node: Node) => {
		for (const child of node.childNodes) {
			if (child.nodeType === 3) {
				const text = squash(child.text);
				if (text) out.push(escapeMarkdown(text));
				continue;
			}
			if (child.nodeType !== 1) continue;
			const el = child as HTMLElement;
			const tag = el.tagName.toLowerCase();
			// Heading anchor links ("Section titled …") are Starlight's own; the bare site adds its own.
			if (SKIPPED.has(tag) || el.classList.contains('sl-anchor-link') || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) continue;
			if (BLOCKS.has(tag)) {
				const text = squash(el.text);
				if (!text) continue;
				const heading = tag.match(/^h(\d)$/);
				out.push(heading ? `${'#'.repeat(Number(heading[1]))} ${escapeMarkdown(text)}` : escapeMarkdown(text));
			} else walk(el);
		}
	};
	walk(main);
	return out;
}

/** Every page of `dist` (its `index.html` files that render content, not redirects nor the 404). */
export function contentPages(dist: string): Array<{ path: string; title: string; blocks: string[] }> {
	const pages: Array<{ path: string; title: string; blocks: string[] }> = [];
	const visit = (dir: string) => {
		for (const e of readdirSync(dir, { withFileTypes: true })) {
			if (e.isDirectory()) visit(join(dir, e.name));
			else if (e.name === 'index.html') {
				const doc = parse(readFileSync(join(dir, e.name), 'utf8'));
				if (doc.querySelector('meta[http-equiv="refresh"]')) continue;
				const main = doc.querySelector('main .sl-markdown-content') ?? doc.querySelector('main');
				const title = squash(doc.querySelector('main h1')?.text ?? doc.querySelector('title')?.text ?? '');
				if (!main || !title) continue;
				pages.push({ path: `/${relative(dist, dir).split('\\').join('/')}${dir === dist ? '' : '/'}`, title, blocks: contentBlocks(main) });
			}
		}
	};
	visit(dist);
	return pages.sort((a, b) => a.path.localeCompare(b.path));
}

const CONFIG = `// Bare Starlight: the default configuration, default Pagefind search, nothing overridden.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
	trailingSlash: 'always',
	integrations: [starlight({ title: 'Bare Starlight' })],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** The installed version of `pkg`: Astro finds the packages to bundle (Starlight) in the project's dependencies. */
const version = (nodeModules: string, pkg: string): string => JSON.parse(readFileSync(join(nodeModules, pkg, 'package.json'), 'utf8')).version;

/** Writes the bare project for `dist`'s pages into `dir`, using `nodeModules`; returns the number of pages. */
export function writeBareSite(dist: string, dir: string, nodeModules: string): number {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'src', 'content', 'docs'), { recursive: true });
	symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
	writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-starlight', private: true, type: 'module', dependencies: { '@astrojs/starlight': version(nodeModules, '@astrojs/starlight'), astro: version(nodeModules, 'astro') } }, null, '\t'));
	writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
	writeFileSync(join(dir, 'src', 'content.config.ts'), CONTENT_CONFIG);
	const pages = contentPages(dist);
	for (const p of pages) {
		const file = join(dir, 'src', 'content', 'docs', p.path === '/' ? 'index.md' : `${p.path.slice(1, -1)}.md`);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, `---\n${stringify({ title: p.title })}---\n\n${p.blocks.join('\n\n')}\n`);
	}
	return pages.length;
}

/** Builds the bare project in `dir` with our Astro; throws with the build's output when it fails. */
export function buildBareSite(dir: string, astro: string): void {
	const run = spawnSync(process.execPath, [astro, 'build'], {
		cwd: dir,
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	if (run.status !== 0 || !existsSync(join(dir, 'dist', 'pagefind'))) throw new Error(`bare Starlight build failed in ${dir}:\n${run.stdout}\n${run.stderr}`);
}
