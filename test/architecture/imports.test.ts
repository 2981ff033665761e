/**
 * Imports run one way: the script over src/'s relative imports finds no folder imported back,
 * directly or around a loop, and only the edge imports @actions/core.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderCycles, folderEdges, mutualPairs, SRC, type ImportEdge } from './import-graph.js';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
/** The src/ files whose text matches `pattern`, relative to src/. */
const filesSaying = (pattern: RegExp) =>
  files(SRC)
    .filter((file) => pattern.test(readFileSync(file, 'utf8')))
    .map((file) => path.relative(SRC, file))
    .sort();

const edge = (from: string, to: string): ImportEdge => ({ from, to, file: `${from}/x.ts` });

describe('the folder graph of src/', () => {
  it('has no folder imported back, directly or around a loop', () => {
    const edges = folderEdges();
    expect(edges.length).toBeGreaterThan(20);
    expect(mutualPairs(edges)).toEqual([]);
    expect(folderCycles(edges)).toEqual([]);
  });

  it('the script finds a loop when there is one, and a direct pair', () => {
    const loop = [edge('a', 'b'), edge('b', 'c'), edge('c', 'a'), edge('c', 'd')];
    expect(folderCycles(loop)).toEqual([['a', 'b', 'c']]);
    expect(mutualPairs([edge('a', 'b'), edge('b', 'a')])).toEqual(['a ↔ b']);
    expect(folderCycles([edge('a', 'b'), edge('b', 'c')])).toEqual([]);
  });

  it('only src/actions-io.ts imports @actions/core', () => {
    expect(filesSaying(/from ['"]@actions\/core['"]/)).toEqual(['actions-io.ts']);
  });

  it("every output goes through the one table: only config/outputs.ts calls the host's setOutput", () => {
    // actions-io.ts binds setOutput to @actions/core; nothing else calls it.
    expect(filesSaying(/(?<!core)\.setOutput\(/)).toEqual(['config/outputs.ts']);
  });
});
