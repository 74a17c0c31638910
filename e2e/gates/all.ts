/**
 * Runs the gates over the built site (`links.ts`, `html.ts`, `weight.ts`) at the same time, each as its own
 * process, prints what each said, and exits non-zero when any fails. The HTML gate spends most of
 * its time in Java (the W3C Nu checker), so the links gate runs beside it rather than before it.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const GATES = ['links.ts', 'html.ts', 'weight.ts'];

interface Outcome {
	gate: string;
	status: number | null;
	output: string;
}

function run(gate: string): Promise<Outcome> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [join(import.meta.dirname, gate)], { stdio: ['ignore', 'pipe', 'pipe'] });
		const chunks: Buffer[] = [];
		child.stdout.on('data', (c: Buffer) => chunks.push(c));
		child.stderr.on('data', (c: Buffer) => chunks.push(c));
		child.on('error', reject);
		child.on('close', (status) => resolve({ gate, status, output: Buffer.concat(chunks).toString('utf8') }));
	});
}

const outcomes = await Promise.all(GATES.map(run));
for (const o of outcomes) process.stdout.write(o.output);
const failed = outcomes.filter((o) => o.status !== 0).map((o) => o.gate);
if (failed.length) {
	console.error(`gates failed: ${failed.join(', ')}`);
	process.exit(1);
}
