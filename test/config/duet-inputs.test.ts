import { describe, expect, it } from 'vitest';
import { readConfig, type ConfigEnvironment } from '../../src/config/inputs.js';

const env: ConfigEnvironment = {
  cwd: process.cwd(),
  actionRoot: process.cwd(),
  tempDir: '',
  nowMs: 0,
  plannedRunMs: () => 60_000,
};
const read = (inputs: Record<string, string>) =>
  readConfig((name) => ({ 'base-url': 'https://head.example.com', ...inputs })[name] ?? '', env);

describe('the baseline-url input (duet mode)', () => {
  it('is off when empty, and history keeps its 10% min-change', () => {
    const config = read({});
    expect(config.duet).toBeNull();
    expect(config.history?.minChange).toBe(0.1);
  });

  it('turns duet mode on with a 5% min-change unless min-change says otherwise', () => {
    expect(read({ 'baseline-url': 'http://localhost:8081/' }).duet).toEqual({
      baselineUrl: 'http://localhost:8081',
      minChange: 0.05,
    });
    expect(read({ 'baseline-url': 'http://localhost:8081', 'min-change': '8%' }).duet?.minChange).toBe(0.08);
  });

  it.each([
    [
      { 'baseline-url': 'localhost:8081' },
      "Input 'baseline-url': 'localhost:' is not http or https. Give an absolute http(s) URL such as https://base.staging.example.com",
    ],
    [
      { 'baseline-url': 'https://head.example.com/' },
      "Input 'baseline-url': is the same URL as base-url (https://head.example.com). Give the base branch's own deployment, e.g. a second staging slot or the base image started on another port",
    ],
    [
      { 'baseline-url': 'https://base.example.com', segment: '1/2' },
      "Input 'baseline-url': is set together with segment. Duet mode compares both targets within one k6 process: run it on one runner, without segment",
    ],
    [
      { 'baseline-url': 'https://base.example.com', 'min-change': 'five' },
      "Input 'min-change': 'five' is not a percentage from 0% to 99%. Give the smallest change vs history that should fail, e.g. 10%",
    ],
  ])('refuses %j with a message that says what to do', (inputs, message) => {
    expect(() => read(inputs)).toThrow(message);
  });

  it('is refused with results-file: a duet recording is recognised by its tags', () => {
    expect(() =>
      read({ 'baseline-url': 'https://base.example.com', 'results-file': 'test/fixtures/recordings/README.md' }),
    ).toThrow('is set together with results-file');
  });
});
