import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BundledScenario } from './types.js';

/**
 * The action's own folder (where action.yml, scenarios/ and thresholds/ live). Found by
 * walking up from this module, so it holds both for dist/index.js and for src/ under tsx.
 */
export function actionRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = path.dirname(from);
  for (;;) {
    if (existsSync(path.join(dir, 'action.yml'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`perf-gate cannot find its action.yml above ${from}`);
    dir = parent;
  }
}

/** A bundled scenario's script relative to the action's folder, as a k6 command line names it. */
export function bundledScenarioFile(scenario: BundledScenario): string {
  return `scenarios/${scenario}-test.js`;
}

export function bundledScenarioPath(root: string, scenario: BundledScenario): string {
  return path.join(root, bundledScenarioFile(scenario));
}

export function bundledThresholdsPath(root: string, scenario: BundledScenario): string {
  return path.join(root, 'thresholds', `${scenario}.t3-micro.json`);
}
