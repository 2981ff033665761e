/**
 * A simulated G1 heap: every request allocates in Eden; a full Eden triggers a young GC that
 * promotes a little to the old generation; a nearly full old generation triggers a mixed GC.
 * Heap use and GC frequency therefore follow the request rate, as in the guide's Grafana panels.
 */

export interface HeapSpace {
  id: 'G1 Eden Space' | 'G1 Survivor Space' | 'G1 Old Gen';
  usedBytes: number;
  maxBytes: number;
}

export interface GcPause {
  action: 'end of minor GC' | 'end of major GC';
  cause: 'G1 Evacuation Pause' | 'G1 Humongous Allocation';
  seconds: number;
}

const MB = 1024 * 1024;
/** -Xmx256m on the 1 GB t3.micro. */
const EDEN_MAX = 64 * MB;
const SURVIVOR_MAX = 8 * MB;
const OLD_MAX = 184 * MB;
/** Spring's own footprint that survives every collection. */
const BASELINE_OLD = 48 * MB;
/** What one request allocates (request, JSON, Redis round trip). */
const ALLOCATION_PER_REQUEST = 192 * 1024;
/** Each waiting visitor held in memory (user, token cache, line entry). */
const BYTES_PER_WAITING = 2 * 1024;
const PROMOTED_FRACTION = 0.02;

export class SimulatedHeap {
  private eden = 0;
  private survivor = 2 * MB;
  private old = BASELINE_OLD;

  constructor(private readonly onPause: (pause: GcPause) => void) {}

  /** Records one request's allocation; `liveWaiting` is how many visitors the lines hold. */
  allocate(liveWaiting: number): void {
    this.eden += ALLOCATION_PER_REQUEST;
    if (this.eden < EDEN_MAX) return;
    const promoted = this.eden * PROMOTED_FRACTION;
    this.eden = 0;
    this.survivor = Math.min(SURVIVOR_MAX, 2 * MB + liveWaiting * 64);
    this.old += promoted;
    this.onPause({
      action: 'end of minor GC',
      cause: 'G1 Evacuation Pause',
      seconds: 0.004 + this.old / OLD_MAX / 100,
    });
    if (this.old > OLD_MAX * 0.8) {
      this.old = BASELINE_OLD + liveWaiting * BYTES_PER_WAITING;
      this.onPause({ action: 'end of major GC', cause: 'G1 Humongous Allocation', seconds: 0.08 });
    }
  }

  spaces(liveWaiting: number): HeapSpace[] {
    return [
      { id: 'G1 Eden Space', usedBytes: this.eden, maxBytes: EDEN_MAX },
      { id: 'G1 Survivor Space', usedBytes: this.survivor, maxBytes: SURVIVOR_MAX },
      { id: 'G1 Old Gen', usedBytes: Math.min(OLD_MAX, this.old + liveWaiting * BYTES_PER_WAITING), maxBytes: OLD_MAX },
    ];
  }
}
