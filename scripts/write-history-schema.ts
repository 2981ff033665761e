/**
 * Regenerates thresholds/history.schema.json from the zod schema (`npm run schema`). A test
 * asserts the committed file equals renderHistorySchema(), so a format change without a
 * regeneration fails CI.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { historyJsonSchema } from '../src/history/file.js';

export const HISTORY_SCHEMA_PATH = fileURLToPath(new URL('../thresholds/history.schema.json', import.meta.url));

export function renderHistorySchema(): string {
  return `${JSON.stringify(historyJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeFile(HISTORY_SCHEMA_PATH, renderHistorySchema());
  console.log(`wrote ${HISTORY_SCHEMA_PATH}`);
}
