/** What the report says about the run beyond the numbers: its headline facts. */
export interface RunContext {
  scenario: string;
  profile: string;
  /** Target base URL (never with credentials). */
  target: string | null;
  k6Version: string | null;
  /** Commit SHA the run was made for. */
  commit: string | null;
  /** Command that reproduces the run locally (no secrets in it). */
  reproduce: string;
  /** Did teardown() remove the test users from the lines? null when unknown. */
  cleanedUp: boolean | null;
  /** k6 ended early (crash, kill, abort): the results are partial. */
  incomplete: boolean;
  /** One line on why the run was incomplete or the target unreachable, if so. */
  incompleteReason: string | null;
}
