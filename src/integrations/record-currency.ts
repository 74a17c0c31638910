/**
 * Warns, at the end of the build, when the record's sources were searched up to a date more than
 * STALE_AFTER_DAYS before the build (`record-currency.ts`); /since/ shows the same warning to readers.
 * Reads the review entries as the build validated them (the built model, `built-model.ts`), so it names what to do. The rules that fail
 * the build (a status reviewed after the last review, a development after `coveredThrough`) are
 * checked with the other cross-entry rules in `loadSite` (`lib/content/content.ts`).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readBuiltModel } from './built-model';
import { buildDay, recordDates, stalenessWarning } from '../lib/record/record-currency';

export function recordCurrency(): AstroIntegration {
	return {
		name: 'record-currency',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const reviews = (readBuiltModel(fileURLToPath(dir)).collections.reviews ?? []).map((r) => ({ collection: 'reviews', id: r.id, data: r.data }));
				const dates = recordDates(reviews);
				const warning = stalenessWarning(dates, buildDay());
				if (warning) logger.warn(`record not current: ${warning.message}`);
				else if (dates) logger.info(`record current: sources searched up to ${dates.coveredThrough}, last reviewed ${dates.reviewed}`);
			},
		},
	};
}
