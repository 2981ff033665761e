/** The README's input and output tables and the CLI's help data are action.yml's, as `npm run docs` writes them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CLI_DOCS,
  README,
  cliDocsModule,
  generatedReadme,
  inputDocs,
  readActionYml,
} from '../../scripts/input-docs.js';

const action = readActionYml();

describe('docs generated from action.yml', () => {
  it('the README holds exactly the input and output tables action.yml gives (else: npm run docs)', () => {
    const readme = readFileSync(README, 'utf8');
    expect(readme).toBe(generatedReadme(readme, action));
  });

  it('the CLI help data is exactly action.yml’s (else: npm run docs)', () => {
    expect(readFileSync(CLI_DOCS, 'utf8')).toBe(cliDocsModule(inputDocs(action)));
  });

  it('a changed description, a new input or an output left out makes the README differ', () => {
    const readme = readFileSync(README, 'utf8');
    const renamed = structuredClone(action);
    (renamed.inputs['base-url'] as { description: string }).description = 'Something else.';
    expect(generatedReadme(readme, renamed)).not.toBe(readme);
    const added = structuredClone(action);
    added.inputs['brand-new'] = { description: 'New.', default: 'x' };
    expect(generatedReadme(readme, added)).toContain('| `brand-new` | `x` | New. |');
    const dropped = structuredClone(action);
    delete dropped.outputs['baseline'];
    expect(generatedReadme(readme, dropped)).not.toBe(readme);
  });

  it('lists every input once, grouped by task, the three a new user sets first', () => {
    const docs = inputDocs(action);
    expect(docs.map((doc) => doc.name).sort()).toEqual(Object.keys(action.inputs).sort());
    expect(docs.slice(0, 3).map((doc) => doc.name)).toEqual(['base-url', 'scenario', 'profile']);
  });
});
