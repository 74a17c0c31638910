import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { changesFeed, rfc3339 } from './changes-feed';
import { changeLogDates } from './edition-dates';
import { parseGitDates } from './git-dates';
import { readYamlEntries } from '../content/content-files';

const feed = () =>
	changesFeed(
		[
			{ id: 'older', date: '2026-11-25', what: 'Content written & linked.', why: 'To restate <the> report.' },
			{ id: 'newer', date: '2026-11-27', what: 'Developments added.', why: 'Readers need them.' },
		],
		{ pageUrl: 'https://example.org/changes/', feedUrl: 'https://example.org/changes.xml', title: 'Changes', author: 'Afghanistan-Pakistan Ties editors' },
	);

describe('the Atom feed of changes', () => {
	it('has the elements RFC 4287 requires of a feed and of each entry', () => {
		const doc = parse(feed(), { parseNoneClosedTags: false });
		const root = doc.querySelector('feed')!;
		expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2005/Atom');
		const child = (el: typeof root, tag: string) => el.childNodes.filter((n) => 'tagName' in n && (n as typeof root).tagName.toLowerCase() === tag) as Array<typeof root>;
		expect(child(root, 'id')[0]!.text).toBe('https://example.org/changes/');
		expect(child(root, 'title')[0]!.text).toBe('Changes');
		expect(child(root, 'updated')[0]!.text).toBe('2026-11-27T00:00:00Z');
		expect(child(root, 'author')).toHaveLength(1);
		// The author the citation records name, not another.
		expect(child(child(root, 'author')[0]!, 'name')[0]!.text).toBe('Afghanistan-Pakistan Ties editors');
		expect(child(root, 'link').map((l) => l.getAttribute('rel'))).toEqual(['self', 'alternate']);
		const entries = child(root, 'entry');
		expect(entries).toHaveLength(2);
		for (const e of entries) for (const tag of ['id', 'title', 'updated', 'summary', 'link']) expect(child(e, tag), tag).toHaveLength(1);
		// Newest first, with ids that are the change's anchor on the page.
		expect(child(entries[0]!, 'id')[0]!.text).toBe('https://example.org/changes/#change-newer');
		expect(child(entries[1]!, 'title')[0]!.text).toBe('Content written & linked.');
	});

	it('escapes markup in the text', () => {
		expect(feed()).toContain('To restate &lt;the&gt; report.');
		expect(feed()).not.toContain('<the>');
	});

	it('writes dates as RFC 3339 timestamps', () => {
		expect(rfc3339('2026-11-27')).toBe('2026-11-27T00:00:00Z');
		expect(rfc3339('2026-11-27T05:18:05+00:00')).toBe('2026-11-27T05:18:05.000Z');
	});
});

describe('the edition’s dates', () => {
	it('reads the commit dates from git log output, in its order, and nothing from an error', () => {
		expect(parseGitDates('2026-11-25T06:55:53+00:00\n2026-11-26T07:00:00+00:00\n2026-11-27T05:18:05+00:00\n')).toEqual([
			'2026-11-25T06:55:53+00:00',
			'2026-11-26T07:00:00+00:00',
			'2026-11-27T05:18:05+00:00',
		]);
		expect(parseGitDates('fatal: not a git repository\n')).toEqual([]);
	});

	it('falls back to the change log’s oldest and newest dates', () => {
		expect(changeLogDates(['date: 2026-11-27\nwhat: x', "date: '2026-11-25'\n", 'what: no date'])).toEqual({ first: '2026-11-25', last: '2026-11-27' });
		expect(changeLogDates([])).toBeUndefined();
	});
});

describe('the change log’s entries', () => {
	const entries = [...readYamlEntries('changes').entries()];

	it('are read whole: no sentence cut where " #" starts a YAML comment (quote such strings)', () => {
		expect(entries.length).toBeGreaterThan(0);
		for (const [id, e] of entries) {
			for (const field of ['what', 'why'] as const) expect(String((e as Record<string, unknown>)[field]), `${id}: ${field}`).toMatch(/[.!?)”"]$/);
		}
	});

});
