/**
 * Something the user can fix: a bad input, a file, an unreachable target, a k6 that cannot be
 * installed or run. Its message already says what is wrong and how to fix it; anything thrown
 * that is not a UserError is a bug in perf-gate and is reported as one.
 */
export class UserError extends Error {
  /** The action input the problem concerns (e.g. 'base-url'); null when no single input is at fault. */
  readonly input: string | null;
  /** How to fix it, when it is known apart from the message. */
  readonly fix: string | null;

  constructor(message: string, details: { input?: string | null; fix?: string | null } = {}) {
    super(message);
    this.name = 'UserError';
    this.input = details.input ?? null;
    this.fix = details.fix ?? null;
  }
}
