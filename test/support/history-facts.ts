/** What a history entry of a quick enqueue run on main says about itself, for tests that build entries. */
export const quickRunFacts = (commit: string) => ({
  commit,
  branch: 'main',
  time: '2026-12-01T10:00:00Z',
  scenario: 'enqueue',
  profile: 'quick',
  k6Version: '0.49.0',
  runner: { os: 'linux', arch: 'x64', cpus: 2 },
  target: 'http://127.0.0.1:8080',
  loadGenerator: 'ok' as const,
});
