/**
 * The folders of src/ and the relative imports between them, read from the source text: a
 * small script rather than a tool, so the rule "imports run one way" is checked by the same
 * reading a reviewer would do. Files directly in src/ (main.ts, index.ts) are the folder "entry".
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SRC = path.resolve(import.meta.dirname, '../../src');

/** Every `from '…'`, `import '…'` and `import('…')` whose specifier is relative. */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

/** The top folder under src/ a path belongs to; null for paths outside src/ (scenarios/ …). */
export function folderOf(file: string, src = SRC): string | null {
  const relative = path.relative(src, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  const parts = relative.split(path.sep);
  return parts.length === 1 ? 'entry' : parts[0]!;
}

export interface ImportEdge {
  from: string;
  to: string;
  /** One file that makes the edge, for the failure message. */
  file: string;
}

/** The folder-to-folder edges of src/, one per pair, with a file that makes each. */
export function folderEdges(src = SRC): ImportEdge[] {
  const edges = new Map<string, ImportEdge>();
  for (const file of sourceFiles(src)) {
    const from = folderOf(file, src);
    if (from === null) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const to = folderOf(path.resolve(path.dirname(file), match[1]!), src);
      if (to === null || to === from) continue;
      const key = `${from}→${to}`;
      if (!edges.has(key)) edges.set(key, { from, to, file: path.relative(src, file) });
    }
  }
  return [...edges.values()];
}

/** The folders of src/ (entry included when files sit directly in src/). */
export function folders(src = SRC): string[] {
  return readdirSync(src)
    .filter((name) => statSync(path.join(src, name)).isDirectory())
    .sort();
}

/** Groups of folders that import each other around a loop (Tarjan's strongly connected components). */
export function folderCycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const nodes = [...new Set(edges.flatMap((e) => [e.from, e.to]))];
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  let counter = 0;
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const to of next.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1) groups.push(group.sort());
  };
  for (const node of nodes) if (!index.has(node)) visit(node);
  return groups;
}

/** The pairs of folders that import each other directly. */
export function mutualPairs(edges: readonly ImportEdge[]): string[] {
  const has = new Set(edges.map((e) => `${e.from}→${e.to}`));
  return edges.filter((e) => e.from < e.to && has.has(`${e.to}→${e.from}`)).map((e) => `${e.from} ↔ ${e.to}`);
}

// `npx tsx test/architecture/import-graph.ts` prints the figures the architecture test holds.
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const edges = folderEdges();
  const cycles = folderCycles(edges);
  console.log(`${folders().length} folders, ${edges.length} folder-to-folder edges`);
  console.log(`folders in a cycle: ${cycles.map((c) => `[${c.join(', ')}]`).join(' ') || 'none'}`);
  console.log(`mutual pairs: ${mutualPairs(edges).join('; ') || 'none'}`);
}
