/**
 * Which sticky comment a step owns: one per script and profile, and per `comment-key` beyond
 * that. Keyed by scenario kind alone, two custom scripts, or one scenario run with two profiles
 * in one workflow, shared a comment and the last run overwrote the first.
 */
import path from 'node:path';
import type { ActionConfig } from '../config/types.js';

/** The marker's key: letters, digits, '.', '_', '-', at most 64 (commentMarker's rule). */
export function commentKeyFor(config: Pick<ActionConfig, 'scenario' | 'profile' | 'commentKey'>): string {
  const script =
    config.scenario.kind === 'custom' ? `script-${path.basename(config.scenario.scriptPath)}` : config.scenario.kind;
  // The full profile adds nothing, so a bundled scenario's full run keeps the comment it had before profiles were keyed.
  const parts = [script, config.profile === 'full' ? '' : config.profile, config.commentKey ?? ''].filter(Boolean);
  const key = parts
    .join('-')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[^A-Za-z0-9]+/, '');
  return key.slice(0, 64) || 'perf-gate';
}
