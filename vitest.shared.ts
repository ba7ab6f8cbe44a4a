import type { InlineConfig } from 'vitest/node';

// Reporters every package's vitest config uses: the console, plus a JSON report that
// scripts/summarize-tests.mjs adds up into the one totals line CI reads.
export const reporters: NonNullable<InlineConfig['reporters']> = ['default', ['json', { outputFile: '.reports/vitest.json' }]];
