/**
 * One log line per stage as the run passes it, read from k6's own progress lines
 * ("running (1m30.9s), 100/200 VUs, …") against the stage plan. k6's clock starts before setup();
 * the load starts at the first progress line with a VU at work, as the stage windows do.
 */
import { planWindows } from '../results/stages.js';
import type { StagePlan } from '../results/types.js';

const PROGRESS = /^running \((\d+)m(\d+(?:\.\d+)?)s\), (\d+)\/\d+ VUs/;

export interface StageProgress {
  /** k6's output as it arrives; returns the stages the run has just entered, in order. */
  feed(text: string): StageStart[];
}

export interface StageStart {
  /** 1-based. */
  number: number;
  count: number;
  label: string;
  /** The stage's planned start, from the load's start. */
  startMs: number;
}

export function stageProgress(plan: StagePlan): StageProgress {
  const windows = planWindows(plan);
  let pending = '';
  let loadStartS: number | null = null;
  let announced = 0;
  return {
    feed(text) {
      const lines = (pending + text).split('\n');
      pending = lines.pop() ?? '';
      const started: StageStart[] = [];
      for (const line of lines) {
        const match = PROGRESS.exec(line.trim());
        if (match === null) continue;
        const elapsedS = Number(match[1]) * 60 + Number(match[2]);
        if (loadStartS === null) {
          if (Number(match[3]) === 0) continue;
          loadStartS = elapsedS;
        }
        const loadMs = (elapsedS - loadStartS) * 1000;
        while (announced < windows.length && windows[announced]!.startMs <= loadMs) {
          const window = windows[announced]!;
          started.push({ number: announced + 1, count: windows.length, label: window.label, startMs: window.startMs });
          announced++;
        }
      }
      return started;
    },
  };
}

/** "stage 2/5 (VU 100) started at 1:30". */
export function stageLine(stage: StageStart): string {
  const seconds = Math.round(stage.startMs / 1000);
  const clock = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return `stage ${stage.number}/${stage.count} (${stage.label}) started at ${clock}`;
}
