/**
 * `perf-gate run --help`: every flag, grouped by task as the README groups the inputs, with the
 * default a terminal run uses. The flags come from config/input-table.ts; their words are
 * action.yml's (src/cli/input-docs.ts, written by `npm run docs`), so a new input shows here
 * without an edit.
 */
import { INPUT_DOCS } from './input-docs.js';

export interface RunHelpFlags {
  /** Inputs read from the environment instead of argv, by the variable they are read from. */
  secrets: Record<string, string>;
  /** Defaults a terminal run uses in place of action.yml's. */
  terminalDefaults: Record<string, string>;
  /** What a terminal run does differently from the action, by input. */
  terminalNotes: Record<string, string>;
  /**
   * Defaults said in words where action.yml's is empty but an empty value stands for one that
   * depends on other inputs: "none" would be untrue there.
   */
  emptyMeans?: Record<string, string>;
}

function defaultText(name: string, actionDefault: string, flags: RunHelpFlags): string {
  const value = flags.terminalDefaults[name] ?? (actionDefault || flags.emptyMeans?.[name]) ?? actionDefault;
  return value === '' ? 'none' : value;
}

export function runHelp(flags: RunHelpFlags): string {
  const lines = [
    'usage: perf-gate run --base-url URL [--flag value | --flag=value] …',
    '',
    'The whole gate, as the action runs it: the report on stdout (run > report.md); progress, the',
    'results folder (.perf-gate/runs/<time>-<scenario>/) and the verdict on stderr. Exits 0 when the',
    'step would pass, 1 when it would fail, 2 on a usage error. Every input of action.yml is a flag.',
  ];
  let group = '';
  for (const doc of INPUT_DOCS) {
    if (doc.group !== group) {
      group = doc.group;
      lines.push('', `${group}:`);
    }
    const variable = flags.secrets[doc.name];
    const head = variable
      ? `  ${variable}=… (from the environment, never a flag)`
      : `  --${doc.name} VALUE    (default: ${defaultText(doc.name, doc.default, flags)})`;
    const note = flags.terminalNotes[doc.name];
    lines.push(head, ...wrap(`${doc.summary}${note ? ` ${note}` : ''}`, 94).map((line) => `      ${line}`));
  }
  return `${lines.join('\n')}\n`;
}

/** `text` in lines of at most `width` characters, broken at spaces. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}
