/**
 * Regenerates thresholds/thresholds.schema.json from the zod schema (`npm run schema`).
 * A test asserts the committed file equals renderThresholdsSchema(), so a schema change
 * without a regeneration fails CI.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { thresholdsJsonSchema } from '../src/config/thresholds-schema.js';

export const THRESHOLDS_SCHEMA_PATH = fileURLToPath(new URL('../thresholds/thresholds.schema.json', import.meta.url));

export function renderThresholdsSchema(): string {
  return `${JSON.stringify(thresholdsJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeFile(THRESHOLDS_SCHEMA_PATH, renderThresholdsSchema());
  console.log(`wrote ${THRESHOLDS_SCHEMA_PATH}`);
}
