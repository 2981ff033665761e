/**
 * npx tsx scripts/input-docs.ts   (npm run docs)
 * action.yml is the one source of the inputs and outputs. This writes, from it:
 *  - the README's input tables, grouped by task, and its output table (between their markers);
 *  - src/cli/input-docs.ts, the data `perf-gate run --help` prints.
 * test/readme/input-docs.test.ts fails when either differs from what this would write, so a new
 * input in action.yml needs only `npm run docs` (an input no group names lands under "Advanced").
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const README = path.join(ROOT, 'README.md');
export const CLI_DOCS = path.join(ROOT, 'src/cli/input-docs.ts');
export const INPUTS_START = '<!-- inputs:start (npm run docs writes this block from action.yml) -->';
export const INPUTS_END = '<!-- inputs:end -->';
export const OUTPUTS_START = '<!-- outputs:start (npm run docs writes this block from action.yml) -->';
export const OUTPUTS_END = '<!-- outputs:end -->';

/** The inputs by task, in the order a new user meets them; unnamed inputs go to the last group. */
const GROUPS: readonly { title: string; inputs: readonly string[] }[] = [
  { title: 'The three you set', inputs: ['base-url', 'scenario', 'profile'] },
  { title: 'Auth', inputs: ['auth-token', 'booth-id', 'github-token'] },
  { title: 'Thresholds and the verdict', inputs: ['thresholds', 'fail-on'] },
  { title: 'The comment', inputs: ['comment', 'comment-author', 'comment-key'] },
  {
    title: 'History',
    inputs: ['history', 'history-branch', 'history-mode', 'history-size', 'min-change', 'baseline-url'],
  },
  { title: 'Confirmation', inputs: ['confirm'] },
  { title: 'Distributed runs and existing results', inputs: ['results-file', 'segment', 'start-at'] },
  { title: 'Server metrics', inputs: ['prometheus-url', 'prometheus-auth-header', 'grafana-url'] },
  { title: 'Advanced', inputs: [] },
];

export interface InputDoc {
  name: string;
  default: string;
  /** The whole description, on one line. */
  description: string;
  /** Its first sentence, for the CLI's help. */
  summary: string;
  group: string;
}

interface ActionYml {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The first sentence: up to the first ". " not inside backticks or an "e.g." */
function firstSentence(text: string): string {
  let inCode = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '`') inCode = !inCode;
    if (!inCode && text[i] === '.' && text[i + 1] === ' ' && !/(e\.g|i\.e|etc)$/.test(text.slice(0, i)))
      return text.slice(0, i + 1);
  }
  return text;
}

export function readActionYml(root: string = ROOT): ActionYml {
  return parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as ActionYml;
}

export function inputDocs(action: ActionYml): InputDoc[] {
  const named = new Set(GROUPS.flatMap((group) => group.inputs));
  const groupOf = (name: string) =>
    GROUPS.find((group) => group.inputs.includes(name))?.title ?? (GROUPS.at(-1) as { title: string }).title;
  const docs = Object.entries(action.inputs).map(([name, input]) => {
    const description = oneLine(input.description);
    return {
      name,
      default: input.default ?? '',
      description,
      summary: firstSentence(description),
      group: groupOf(name),
    };
  });
  // Group order, then each group's own order (action.yml's for unnamed inputs).
  const rank = (doc: InputDoc) => {
    const group = GROUPS.findIndex((g) => g.title === doc.group);
    const within = named.has(doc.name) ? (GROUPS[group] as { inputs: readonly string[] }).inputs.indexOf(doc.name) : 99;
    return group * 1000 + within;
  };
  return docs.sort((a, b) => rank(a) - rank(b));
}

const cell = (text: string) => text.replace(/\|/g, '\\|');
const code = (text: string) => (text === '' ? 'empty' : `\`${text}\``);

export function inputTables(docs: readonly InputDoc[]): string {
  const sections: string[] = [];
  for (const group of GROUPS) {
    const rows = docs.filter((doc) => doc.group === group.title);
    if (rows.length === 0) continue;
    sections.push(
      [
        `**${group.title}**`,
        '',
        '| input | default | what it does |',
        '|---|---|---|',
        ...rows.map((doc) => `| \`${doc.name}\` | ${cell(code(doc.default))} | ${cell(doc.description)} |`),
      ].join('\n'),
    );
  }
  return sections.join('\n\n');
}

export function outputTable(action: ActionYml): string {
  return [
    '| output | what it holds |',
    '|---|---|',
    ...Object.entries(action.outputs).map(([name, output]) => `| \`${name}\` | ${cell(oneLine(output.description))} |`),
  ].join('\n');
}

export function cliDocsModule(docs: readonly InputDoc[]): string {
  const rows = docs.map(
    (doc) =>
      `  { name: ${JSON.stringify(doc.name)}, default: ${JSON.stringify(doc.default)}, group: ${JSON.stringify(doc.group)}, summary: ${JSON.stringify(doc.summary)} },`,
  );
  return [
    '// Generated from action.yml by `npm run docs` (scripts/input-docs.ts); do not edit.',
    'export const INPUT_DOCS: readonly { name: string; default: string; group: string; summary: string }[] = [',
    ...rows,
    '];',
    '',
  ].join('\n');
}

/** `text` with the block between `start` and `end` replaced by `block`. */
export function replaceBlock(text: string, start: string, end: string, block: string): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} block`);
  return `${text.slice(0, from + start.length)}\n${block}\n${text.slice(to)}`;
}

export function generatedReadme(readme: string, action: ActionYml): string {
  const withInputs = replaceBlock(readme, INPUTS_START, INPUTS_END, inputTables(inputDocs(action)));
  return replaceBlock(withInputs, OUTPUTS_START, OUTPUTS_END, outputTable(action));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const action = readActionYml();
  writeFileSync(README, generatedReadme(readFileSync(README, 'utf8'), action));
  writeFileSync(CLI_DOCS, cliDocsModule(inputDocs(action)));
  process.stdout.write(
    `wrote ${path.relative(ROOT, README)} (input and output tables) and ${path.relative(ROOT, CLI_DOCS)}\n`,
  );
}
