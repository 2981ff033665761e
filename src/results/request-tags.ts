/**
 * The tags of an HTTP sample, reduced to what the analysis groups by, and interned so that
 * each distinct tag set is decoded once: k6 repeats the same few tag sets on every request.
 */
import type { RequestPhase } from './types.js';
import { isRecord } from '../core/is-record.js';

export interface RequestTags {
  phase: RequestPhase;
  /** The `name` tag (k6 defaults it to the URL). */
  name: string;
  method: string;
  /** HTTP status; 0 when k6 got no response. */
  status: number;
  errorCode: number | null;
  error: string | null;
  /** The `stage` tag as a 0-based index; -1 when absent, BAD_STAGE when not a small integer. */
  stage: number;
  /** Whether the sample carries k6's `scenario` tag (setup and teardown samples do not). */
  inScenario: boolean;
  /** k6's `scenario` tag: the k6 scenario that made the request; null in setup() and teardown(). */
  scenario: string | null;
  /** Our scenarios' `profile` tag (full, quick); null when absent (custom scripts, older runs). */
  profile: string | null;
}

/** Raw tag-object texts cached at most this many at once: scripts that tag unique URLs must not grow memory without bound. */
const RAW_CACHE_LIMIT = 20_000;

export class TagTable {
  readonly all: RequestTags[] = [];
  private readonly byCanonical = new Map<string, number>();
  private readonly byRaw = new Map<string, number>();
  /** The `scenario` and `profile` tag values seen: files judged together must come from one test. */
  readonly labels = { scenario: new Set<string>(), profile: new Set<string>() };

  /** The id of a tag set given as k6 wrote it (the JSON text of `tags`); undefined when the text is not a JSON object. */
  internRaw(raw: string): number | undefined {
    const cached = this.byRaw.get(raw);
    if (cached !== undefined) return cached;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return undefined;
    }
    if (!isRecord(parsed)) return undefined;
    const id = this.intern(parsed);
    if (this.byRaw.size >= RAW_CACHE_LIMIT) this.byRaw.clear();
    this.byRaw.set(raw, id);
    return id;
  }

  /** The phase a tag object puts its sample in, without interning it. */
  phaseOf(tags: Record<string, unknown>): RequestPhase {
    return phaseOfGroup(text(tags.group) ?? '');
  }

  /** The id of a decoded tag object. */
  intern(tags: Record<string, unknown>): number {
    const scenario = text(tags.scenario);
    if (scenario !== null) this.labels.scenario.add(scenario);
    const profile = text(tags.profile);
    if (profile !== null) this.labels.profile.add(profile);
    return this.adopt(reduceTags(tags));
  }

  /** The id of tags already reduced (by another table, when records are merged). */
  adopt(reduced: RequestTags): number {
    const key = [
      reduced.phase,
      reduced.name,
      reduced.method,
      reduced.status,
      reduced.errorCode,
      reduced.error,
      reduced.stage,
      reduced.inScenario,
      reduced.scenario,
      reduced.profile,
    ].join('\u0000');
    let id = this.byCanonical.get(key);
    if (id === undefined) {
      id = this.all.length;
      this.all.push(reduced);
      this.byCanonical.set(key, id);
    }
    return id;
  }
}

export { isRecord };

/** Stage tags above this are not a stage index: arrays are sized from the tag, so it must stay small. */
export const MAX_STAGE_INDEX = 99;
/** RequestTags.stage of a `stage` tag that is not a small integer (1e7, "abc"): its requests are left out of the stages. */
export const BAD_STAGE = -2;

function phaseOfGroup(group: string): RequestPhase {
  return group.startsWith('::setup') ? 'setup' : group.startsWith('::teardown') ? 'teardown' : 'load';
}

function stageIndex(stage: string | null): number {
  if (stage === null) return -1;
  return /^\d{1,3}$/.test(stage) && Number(stage) <= MAX_STAGE_INDEX ? Number(stage) : BAD_STAGE;
}

function reduceTags(tags: Record<string, unknown>): RequestTags {
  const group = text(tags.group) ?? '';
  const errorCode = text(tags.error_code);
  return {
    phase: phaseOfGroup(group),
    name: text(tags.name) ?? text(tags.url) ?? '(unnamed)',
    method: text(tags.method) ?? '',
    status: toInt(text(tags.status)) ?? 0,
    errorCode: toInt(errorCode),
    error: text(tags.error),
    stage: stageIndex(text(tags.stage)),
    inScenario: tags.scenario !== undefined,
    scenario: text(tags.scenario),
    profile: text(tags.profile),
  };
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

function toInt(value: string | null): number | null {
  if (value === null || !/^-?\d+$/.test(value)) return null;
  return Number(value);
}
