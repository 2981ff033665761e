/**
 * The catalogue is the one place a figure is described: what reads from it must follow a row,
 * and the prose that cannot be derived must still name every figure.
 */
import { describe, expect, it } from 'vitest';
import { thresholdsJsonSchema } from '../../src/config/thresholds-schema.js';
import { parseThresholds, ThresholdsError } from '../../src/config/thresholds.js';
import {
  FIGURE_NAMES,
  formatFigure,
  isFraction,
  SERVER_CHECK_FIGURES,
  serverField,
  serverSource,
  supportsScope,
  type Figure,
} from '../../src/figures/catalogue.js';
import { SERVER_INPUT_KEYS } from '../../src/figures/server-inputs.js';
import { serverFigureValue } from '../../src/judge/server-measure.js';
import { stageServerMetrics } from '../../src/metrics/server-metrics.js';
import { renderStageTemplate } from '../../src/report/stage-template.js';
import { serverStage, stageResults } from '../support/run-result-builder.js';

interface JsonSchemaNode {
  enum?: string[];
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
}

const schema = thresholdsJsonSchema() as JsonSchemaNode;
const checkProperties = schema.properties?.checks?.items?.properties ?? {};

function problems(check: Record<string, unknown>): string[] {
  try {
    parseThresholds({ checks: [check] }, 'my.json');
  } catch (error) {
    if (error instanceof ThresholdsError) return error.problems;
    throw error;
  }
  return [];
}

describe('the figure catalogue', () => {
  it("is the thresholds schema's figure enum and query keys, in its order", () => {
    expect(checkProperties.figure?.enum).toEqual(FIGURE_NAMES);
    expect(Object.keys(schema.properties?.serverMetrics?.properties?.queries?.properties ?? {})).toEqual(
      SERVER_INPUT_KEYS,
    );
  });

  it("is named in full by the schema's prose about figures and scopes", () => {
    for (const figure of FIGURE_NAMES) expect(checkProperties.figure?.description).toContain(figure);
    for (const figure of SERVER_CHECK_FIGURES) expect(checkProperties.scope?.description).toContain(figure);
  });

  it('drives the rules: fractions refuse 10, and a scope the figure does not support is refused', () => {
    for (const figure of FIGURE_NAMES) {
      const tooBig = problems({ figure, limit: 10 }).some((p) => p.includes('expected a fraction between 0 and 1'));
      expect(tooBig, figure).toBe(isFraction(figure));
      for (const [kind, scope] of [
        ['endpoint', { endpoint: 'enqueue' }],
        ['stage', { stage: 1 }],
      ] as const) {
        const refused = problems({ figure, limit: 0.5, scope }).some((p) => p.includes('.scope:'));
        expect(refused, `${figure} over ${kind}`).toBe(!supportsScope(figure, kind));
      }
    }
  });

  it('reads every server figure from the field its query fills, and gives it a stage row', () => {
    const windows = [{ stageIndex: 0, startMs: 0, endMs: 10_000 }];
    const filled = stageServerMetrics(windows, {})[0] ?? {};
    const stages = stageResults([[10, { p95: 12, requests: 100 }]]);
    for (const figure of SERVER_CHECK_FIGURES) {
      expect(Object.keys(filled)).toContain(serverField(figure));
      const measured = serverStage(0, { [serverField(figure)]: 7 });
      expect(serverFigureValue([measured], figure, { kind: 'stage', index: 0 }), figure).toBe(7);

      const onlyThis = { stageIndex: 0, cpu: null, poolPending: null, poolActiveMax: null, heapUsedRatio: null };
      const report = renderStageTemplate({
        stages,
        knee: null,
        serverStages: [{ ...onlyThis, [serverField(figure)]: 7 }],
        bottleneck: null,
        dashboardUrl: null,
      });
      expect(report, figure).toContain(`| ${serverSource(figure).stageRowLabel} | ${formatFigure(figure, 7)} |`);
    }
  });

  it('formats each unit as people read it', () => {
    const shown = (figure: Figure) => formatFigure(figure, 1234.5);
    expect([shown('p95'), shown('error-rate'), shown('rps'), shown('pool-active')]).toEqual([
      '1,235 ms',
      '123,450%',
      '1,235 req/s',
      '1,235',
    ]);
  });
});
