/** Festin's waiting lines and users, in memory (Festin keeps the lines in Redis). */

export interface Waiting {
  waitingId: number;
  userId: number;
  registeredAt: string;
}

export interface PositionView {
  boothId: number;
  boothName: string;
  position: number;
  totalWaiting: number;
  /** Minutes, as Festin estimates: position x minutes per visitor. */
  estimatedWaitTime: number;
}

export interface User {
  userId: number;
  email: string;
  nickname: string;
  role: string;
}

export type JoinOutcome =
  | { kind: 'joined' | 'already-waiting'; view: PositionView; registeredAt: string }
  | { kind: 'booth-not-found' }
  | { kind: 'max-waiting-exceeded' };

/** Festin's MaxWaitingPolicy: a visitor waits at two booths at most. */
export const MAX_BOOTHS_PER_USER = 2;
const MINUTES_PER_VISITOR = 5;

export class WaitingLines {
  private readonly lines = new Map<number, Waiting[]>();
  private readonly users = new Map<string, User>();
  private nextWaitingId = 1;

  /** Booths 1..boothCount exist and are open. */
  constructor(private readonly boothCount: number) {}

  /** The test login signs a visitor up on first use and finds them again afterwards. */
  signIn(email: string, nickname: string, role: string): User {
    const known = this.users.get(email);
    if (known) return known;
    const user = { userId: this.users.size + 1, email, nickname, role };
    this.users.set(email, user);
    return user;
  }

  boothName(boothId: number): string | null {
    return Number.isInteger(boothId) && boothId >= 1 && boothId <= this.boothCount ? `Booth ${boothId}` : null;
  }

  join(userId: number, boothId: number, nowMs: number): JoinOutcome {
    const name = this.boothName(boothId);
    if (name === null) return { kind: 'booth-not-found' };
    const line = this.lineOf(boothId);
    const existing = line.find((w) => w.userId === userId);
    if (existing)
      return { kind: 'already-waiting', view: this.view(boothId, userId)!, registeredAt: existing.registeredAt };
    if (this.boothsOf(userId).length >= MAX_BOOTHS_PER_USER) return { kind: 'max-waiting-exceeded' };
    const waiting = { waitingId: this.nextWaitingId++, userId, registeredAt: localDateTime(nowMs) };
    line.push(waiting);
    return { kind: 'joined', view: this.view(boothId, userId)!, registeredAt: waiting.registeredAt };
  }

  /** The visitor's place in a booth's line; null when not waiting there. */
  view(boothId: number, userId: number): PositionView | null {
    const name = this.boothName(boothId);
    const line = this.lines.get(boothId) ?? [];
    const index = line.findIndex((w) => w.userId === userId);
    if (name === null || index < 0) return null;
    return {
      boothId,
      boothName: name,
      position: index + 1,
      totalWaiting: line.length,
      estimatedWaitTime: (index + 1) * MINUTES_PER_VISITOR,
    };
  }

  leave(userId: number, boothId: number): boolean {
    const line = this.lines.get(boothId) ?? [];
    const index = line.findIndex((w) => w.userId === userId);
    if (index < 0) return false;
    line.splice(index, 1);
    return true;
  }

  boothsOf(userId: number): number[] {
    return [...this.lines.entries()]
      .filter(([, line]) => line.some((w) => w.userId === userId))
      .map(([boothId]) => boothId);
  }

  /** Staff calls the first visitor; null when the line is empty. */
  callNext(boothId: number): Waiting | null {
    return this.lines.get(boothId)?.shift() ?? null;
  }

  /** Visitors waiting over all booths (the live data the simulated heap holds). */
  totalWaiting(): number {
    let total = 0;
    for (const line of this.lines.values()) total += line.length;
    return total;
  }

  private lineOf(boothId: number): Waiting[] {
    let line = this.lines.get(boothId);
    if (!line) {
      line = [];
      this.lines.set(boothId, line);
    }
    return line;
  }
}

/** Jackson's rendering of a LocalDateTime (no zone). */
function localDateTime(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '');
}
