/**
 * A brief in a link's fragment: `#b1=` and the base64url of the deflate-raw of its lines (line one
 * the title and style, then one JSON array per item: key, kind, fingerprint, text, note, pages).
 * No server sees a fragment. One item a line means a link cut short still gives every item before
 * the cut: the decoder keeps what inflates and parses, and says what it could not read.
 * Uses the browser's (and Node's) CompressionStream; pure otherwise.
 */
import { BRIEF_VERSION, DEFAULT_STYLE, LIMITS, dedupe, isStyle, validItem, type Brief, type BriefItem } from './schema';
import { SHARE_PREFIX } from './boot';

// The prefix and its test live in `boot.ts`, small enough for the page's boot script.
export { SHARE_PREFIX, isShareFragment } from './boot';

function toBase64Url(bytes: Uint8Array): string {
	let bin = '';
	for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes base64url up to the first character that is not one; a partial last group is dropped. */
function fromBase64Url(s: string): { bytes: Uint8Array; clean: boolean } {
	const valid = /^[A-Za-z0-9_-]*/.exec(s)![0];
	const usable = valid.slice(0, valid.length - (valid.length % 4 === 1 ? 1 : 0));
	const b64 = usable.replace(/-/g, '+').replace(/_/g, '/');
	const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
	return { bytes: Uint8Array.from(bin, (c) => c.charCodeAt(0)), clean: valid.length === s.length && usable.length === valid.length };
}

async function deflate(text: string): Promise<Uint8Array> {
	const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Inflates as much as the input allows: on a cut or damaged stream, the text up to the damage and `complete: false`. */
async function inflatePartial(bytes: Uint8Array): Promise<{ text: string; complete: boolean }> {
	const ds = new DecompressionStream('deflate-raw');
	const writer = ds.writable.getWriter();
	writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
	writer.close().catch(() => undefined);
	const reader = ds.readable.getReader();
	const decoder = new TextDecoder();
	let text = '';
	try {
		for (;;) {
			const { value, done } = await reader.read();
			if (done) break;
			text += decoder.decode(value, { stream: true });
		}
		return { text: text + decoder.decode(), complete: true };
	} catch {
		return { text, complete: false };
	}
}

/** The share fragment of a brief, without the `#`. */
export async function encodeBrief(brief: Brief): Promise<string> {
	const lines = [
		JSON.stringify([brief.title, brief.style]),
		...brief.items.map((i) => JSON.stringify([i.key, i.kind, i.fp, i.text, i.note, ...(i.pages ? [i.pages] : [])])),
	];
	return SHARE_PREFIX + toBase64Url(await deflate(lines.join('\n')));
}

export interface Decoded {
	brief: Brief;
	/** Items present in the link but unreadable or invalid. */
	dropped: number;
	/** The link was cut short or damaged: the items after the damage are lost. */
	damaged: boolean;
}

/** Reads a share fragment, keeping every item that reads and is valid. Never throws. */
export async function decodeBrief(hash: string): Promise<Decoded> {
	const body = hash.replace(/^#/, '').slice(SHARE_PREFIX.length);
	let bytes: Uint8Array;
	let clean: boolean;
	try {
		({ bytes, clean } = fromBase64Url(body));
	} catch {
		return { brief: { v: BRIEF_VERSION, title: '', style: DEFAULT_STYLE, items: [] }, dropped: 0, damaged: true };
	}
	const { text, complete } = await inflatePartial(bytes);
	const lines = text.split('\n');
	// A damaged stream's last line may be cut mid-item: it fails validation and counts as dropped.
	const damaged = !clean || !complete;
	let title = '';
	let style = DEFAULT_STYLE;
	try {
		const head = JSON.parse(lines[0] ?? '') as unknown;
		if (Array.isArray(head)) {
			if (typeof head[0] === 'string') title = head[0].slice(0, LIMITS.title);
			if (isStyle(head[1])) style = head[1];
		}
	} catch {
		/* the title line is lost; items may still read */
	}
	const items: BriefItem[] = [];
	let dropped = 0;
	for (const line of lines.slice(1, LIMITS.items + 1)) {
		let item: BriefItem | undefined;
		try {
			const a = JSON.parse(line) as unknown[];
			item = Array.isArray(a) ? validItem({ key: a[0], kind: a[1], fp: a[2], text: a[3], note: a[4], pages: a[5] }) : undefined;
		} catch {
			item = undefined;
		}
		if (item) items.push(item);
		else if (line.length > 0) dropped++;
	}
	return { brief: { v: BRIEF_VERSION, title, style, items: dedupe(items) }, dropped, damaged };
}
