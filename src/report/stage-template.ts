/** The guide's results template: requests/s (the guide's TPS), p95, p99, error rate (and server rows) per stage, then the knee. */
import { answeredDuration } from '../results/answered.js';
import type { Knee } from '../judge/types.js';
import type { StageResult } from '../results/types.js';
import { escapeMarkdown, escapeTableCell } from './escape.js';
import {
  formatFigure,
  SERVER_CHECK_FIGURES,
  serverField,
  serverSource,
  type ServerCheckFigure,
} from '../figures/catalogue.js';
import { formatCount, formatMs, formatPercent, formatRps } from '../figures/format.js';
import type { ServerStageMetrics } from '../metrics/types.js';

/** A ramp down to 0 is the cool-down: the guide's template leaves it out. */
function templateStages(stages: StageResult[]): StageResult[] {
  const loaded = stages.filter((s) => s.stage.target > 0);
  return loaded.length > 0 ? loaded : stages;
}

/** Column headers: the stage labels, numbered where two stages share one (a ramp and its hold). */
function headers(stages: StageResult[], knee: Knee | null): string[] {
  return stages.map((s) => {
    const label = escapeTableCell(s.stage.label);
    const shared = stages.filter((o) => o.stage.label === s.stage.label).length > 1;
    const text = shared ? `${label} (stage ${s.stage.index + 1})` : label;
    return knee?.stageIndex === s.stage.index ? `**${text}** ⚠️` : text;
  });
}

type Cell = (stage: StageResult, server: ServerStageMetrics | undefined) => string;

function optional<T>(value: T | null | undefined, format: (v: T) => string): string {
  return value === null || value === undefined ? '—' : format(value);
}

const REQUEST_ROWS: Array<[string, Cell]> = [
  ['requests/s', (s) => formatRps(s.rps)],
  ['p95 latency', (s) => optional(answeredDuration(s.duration)?.p95, formatMs)],
  ['p99 latency', (s) => optional(answeredDuration(s.duration)?.p99, formatMs)],
  ['error rate', (s) => (s.requests === 0 ? '—' : formatPercent(s.errorRate))],
];

/** What a server row adds after its value: GC pauses read with their average length. */
const SERVER_DETAIL: Partial<Record<ServerCheckFigure, (value: number, server: ServerStageMetrics) => string>> = {
  'gc-pauses': (n, m) => (n > 0 && m.gcPauseMs != null ? ` (${formatMs(m.gcPauseMs / n)} avg)` : ''),
};

/** One row per server figure of the catalogue, in its order. */
const SERVER_ROWS = SERVER_CHECK_FIGURES.map((figure) => {
  const field = serverField(figure);
  const cell: Cell = (_s, m) =>
    optional(m?.[field], (v) => `${formatFigure(figure, v)}${m ? (SERVER_DETAIL[figure]?.(v, m) ?? '') : ''}`);
  return { label: serverSource(figure).stageRowLabel, field, cell };
});

export interface StageTemplateInput {
  stages: StageResult[];
  knee: Knee | null;
  serverStages: ServerStageMetrics[] | undefined;
  bottleneck: string | null | undefined;
  dashboardUrl: string | null | undefined;
}

/** A markdown link target that cannot break out of its parentheses; null when not http(s). */
export function safeLinkTarget(url: string): string | null {
  if (!/^https?:\/\//i.test(url.trim())) return null;
  return url.trim().replace(/[\s()<>"'`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

export function renderStageTemplate(input: StageTemplateInput): string {
  const { knee } = input;
  if (input.stages.length === 0)
    return '### Load stages\n\n_No stage figures: the load itself made no requests (see the status codes below)._';
  const stages = templateStages(input.stages);
  const server = new Map((input.serverStages ?? []).map((m) => [m.stageIndex, m]));
  // A server row appears only when some stage has that metric.
  const serverRows = SERVER_ROWS.filter(({ field }) => [...server.values()].some((m) => m[field] != null)).map(
    ({ label, cell }): [string, Cell] => [label, cell],
  );
  const arrivalRate = stages.some((s) => s.stage.unit === 'iterations/s');
  const rows: Array<[string, Cell]> = [
    ...REQUEST_ROWS,
    ...(arrivalRate ? ([['VUs needed (max)', (s) => formatCount(s.maxVus)]] as Array<[string, Cell]>) : []),
    ...serverRows,
  ];
  const lines = [
    '### Load stages',
    '',
    `| | ${headers(stages, knee).join(' | ')} |`,
    `|---|${stages.map(() => '--:').join('|')}|`,
    ...rows.map(([name, cell]) => `| ${name} | ${stages.map((s) => cell(s, server.get(s.stage.index))).join(' | ')} |`),
    '',
  ];
  lines.push(
    knee === null
      ? '**Knee:** none found: no stage degraded enough to call it the point where performance breaks.'
      : `**Knee:** performance starts to degrade from **${escapeMarkdown(knee.label)}**: ${escapeMarkdown(knee.reason)}`,
  );
  if (input.bottleneck) lines.push('', `**Likely bottleneck:** ${escapeMarkdown(input.bottleneck)}`);
  const link = input.dashboardUrl ? safeLinkTarget(input.dashboardUrl) : null;
  if (link) lines.push('', `[Open the Grafana dashboard for this run](${link})`);
  return lines.join('\n');
}
