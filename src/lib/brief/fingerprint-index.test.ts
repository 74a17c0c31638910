import { describe, expect, it } from 'vitest';
import { buildBriefIndex, itemsOfPage, movedAddresses } from './fingerprint-index';
import { currentAddress, itemState } from './index-read';
import { fingerprint, pageItemText } from './fingerprint';

const cite = (t: string, code?: string) => `data-cite="${JSON.stringify({ pageTitle: t, code, url: 'https://x/p/', key: 'k', edition: { siteName: 'S', author: 'A' } }).replace(/"/g, '&quot;')}"`;
const html = `<html><head><meta name="description" content="The summary."></head><body>
<div class="sl-markdown-content"><p id="p-one" data-para>First   paragraph &amp; more.</p><ul><li id="p-li" data-para>An item</li></ul></div>
<table><tr id="outlook-stability" data-brief="outlook"><th>Stability</th><td>Holds <span data-brief-skip>hidden</span></td></tr></table>
<dd data-brief="recommendation" data-brief-id>AP-01</dd>
<article data-development="x" data-brief-href="/since/x/"><h3>Head</h3><p data-brief-slot>The statement.</p></article>
<section ${cite('Page title', 'AP-01')}></section></body></html>`;

describe('the published fingerprints', () => {
	it('fingerprints every item of a built page by its address, as the page captures it', () => {
		const items = itemsOfPage('/p/', html);
		expect(items.get('/p/#p-one')).toBe(fingerprint('First paragraph & more.'));
		expect(items.get('/p/#p-li')).toBe(fingerprint('An item'));
		expect(items.get('/p/#outlook-stability')).toBe(fingerprint('Stability Holds'));
		expect(items.get('/p/')).toBe(fingerprint(pageItemText({ code: 'AP-01', title: 'Page title', description: 'The summary.' })));
		expect(items.get('/since/x/')).toBe(fingerprint('The statement.'));
	});
	it('fails naming the address when two pages give one item different texts', () => {
		const other = `<article data-development="x" data-brief-href="/since/x/"><p data-brief-slot>Another statement.</p></article>`;
		expect(() => buildBriefIndex({ revised: '2026-12-07', pages: [{ path: '/p/', html }, { path: '/q/', html: other }], moved: {}, sources: {} })).toThrow(/\/since\/x\/ has different texts on \/p\/ and \/q\//);
	});
	it('follows moved addresses and tells current, moved, changed and missing apart', () => {
		const index = buildBriefIndex({ revised: '2026-12-07', pages: [{ path: '/p/', html }], moved: movedAddresses({ '/old/': '/p/' }, { '/p/#p-was': 'p-one' }), sources: {} });
		expect(index.pages['/p/']).toMatchObject({ pageTitle: 'Page title', code: 'AP-01' });
		expect(currentAddress(index, '/old/#p-was')).toBe('/p/#p-one');
		const fp = fingerprint('First paragraph & more.');
		expect(itemState(index, { key: '/p/#p-one', fp })).toEqual({ state: 'current', key: '/p/#p-one' });
		expect(itemState(index, { key: '/old/#p-one', fp })).toEqual({ state: 'moved', key: '/p/#p-one' });
		expect(itemState(index, { key: '/p/#p-was', fp: 'other' })).toEqual({ state: 'changed', key: '/p/#p-one', moved: true });
		expect(itemState(index, { key: '/p/#p-nothing', fp })).toEqual({ state: 'missing' });
	});
});
