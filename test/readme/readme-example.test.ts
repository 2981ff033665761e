import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentExample, README, readmeExample, withExample } from '../../scripts/readme-example.js';

describe("the README's example comment", () => {
  it('is what the action renders for the enqueue-full recording today (npx tsx scripts/readme-example.ts)', async () => {
    expect(currentExample(readFileSync(README, 'utf8'))).toBe(await readmeExample());
  });

  it('is written between the markers, and a README without them is refused', () => {
    const readme =
      'intro\n<!-- readme-example:start (npx tsx scripts/readme-example.ts writes this block) -->\nold\n<!-- readme-example:end -->\nrest';
    expect(currentExample(withExample(readme, '> new'))).toBe('> new');
    expect(withExample(readme, '> new').endsWith('<!-- readme-example:end -->\nrest')).toBe(true);
    expect(() => withExample('no markers', '> new')).toThrow(/README.md needs the markers/);
  });
});
