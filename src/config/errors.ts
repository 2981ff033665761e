/** A misconfigured input: the message names the input and says how to fix it. */
export class ConfigError extends Error {
  constructor(
    readonly input: string,
    problem: string,
    fix: string,
  ) {
    super(`Input '${input}': ${problem}. ${fix}`);
    this.name = 'ConfigError';
  }
}
