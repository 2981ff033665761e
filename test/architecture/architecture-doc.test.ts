// @vitest-environment jsdom
/**
 * docs/architecture.md is the map of src/: its chart names every folder, every import in src/
 * follows its arrows, and mermaid's own parser (what GitHub draws with) accepts it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import mermaid from 'mermaid';
import { beforeAll, describe, expect, it } from 'vitest';
import { folderEdges, folders } from './import-graph.js';

const doc = readFileSync(path.resolve(import.meta.dirname, '../../docs/architecture.md'), 'utf8');
const chart = /^```mermaid\n([\s\S]*?)\n```$/m.exec(doc)?.[1] ?? '';

/** The chart's arrows, `a --> b`, by node id. */
function arrows(text: string): Array<[string, string]> {
  return [...text.matchAll(/^\s*(\w+)(?:\[[^\]]*\])?\s*-->\s*(\w+)/gm)].map((m) => [m[1]!, m[2]!]);
}

const nodes = new Set([...chart.matchAll(/^\s*(\w+)/gm)].map((m) => m[1]!).filter((id) => id !== 'flowchart'));

function reachable(from: string, drawn: Array<[string, string]>): Set<string> {
  const seen = new Set<string>();
  const queue = [from];
  while (queue.length > 0) {
    const node = queue.pop()!;
    for (const [a, b] of drawn) if (a === node && !seen.has(b)) queue.push((seen.add(b), b));
  }
  return seen;
}

beforeAll(() => {
  mermaid.initialize({ startOnLoad: false });
});

describe('docs/architecture.md', () => {
  it('names every folder of src/ in its chart', () => {
    const missing = [...folders(), 'entry'].filter((folder) => !nodes.has(folder));
    expect(missing, 'add the folder to the chart in docs/architecture.md').toEqual([]);
  });

  it('draws every import of src/: each folder-to-folder import follows the arrows', () => {
    const drawn = arrows(chart);
    const against = folderEdges()
      .filter((e) => !reachable(e.from, drawn).has(e.to))
      .map((e) => `${e.from} → ${e.to} (${e.file})`);
    expect(against).toEqual([]);
  });

  it('fails a folder the chart does not name', () => {
    expect(nodes.has('nowhere')).toBe(false);
    expect(reachable('core', arrows(chart)).size).toBe(0);
  });

  it('is a chart mermaid draws', async () => {
    await expect(mermaid.parse(chart)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
  });
});
