/**
 * Warns, at the end of the build, when the record's sources were searched up to a date more than
 * STALE_AFTER_DAYS before the build (`record-currency.ts`); /since/ shows the same warning to readers.
 * Reads the review entries themselves (`content/reviews/`), so it names what to do. The rules that fail
 * the build (a status reviewed after the last review, a development after `coveredThrough`) are
 * checked with the other cross-entry rules in `loadSite` (`lib/content/content.ts`).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildDay, recordDates, stalenessWarning } from '../lib/record/record-currency';

export function recordCurrency(): AstroIntegration {
	return {
		name: 'record-currency',
		hooks: {
			'astro:build:done': ({ logger }) => {
				const dir = join(process.cwd(), 'content', 'reviews');
				const files = existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('_')) : [];
				const reviews = files.map((f) => {
					const data = parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>;
					return { collection: 'reviews', id: f.replace(/\.ya?ml$/, ''), data: { ...data, date: String(data.date), coveredThrough: String(data.coveredThrough), searches: [] } };
				});
				const dates = recordDates(reviews);
				const warning = stalenessWarning(dates, buildDay());
				if (warning) logger.warn(`record not current: ${warning.message}`);
				else if (dates) logger.info(`record current: sources searched up to ${dates.coveredThrough}, last reviewed ${dates.reviewed}`);
			},
		},
	};
}
