/**
 * The discrete-event core: one clock, one event heap, handlers by event kind.
 *
 * An event is (timeS, kind, payload): `kind` is an integer registered with
 * `on()`, `payload` a number the handler interprets (a job index, a node id).
 * Numbers instead of closures keep the hot loop allocation-free.
 *
 * Boundary rule of `run({ untilS })`: every event with timeS < untilS is
 * processed, in (time, insertion) order; an event at exactly untilS is NOT
 * processed and stays queued; afterwards the clock reads untilS. So two runs
 * [0, a) and [a, b) process exactly the events of one run [0, b).
 * Scheduling into the past is a bug and throws RangeError.
 */
import { EventHeap } from './heap.js';

export type Handler = (nowS: number, payload: number) => void;

export class Env {
  /** Current simulation time in seconds. */
  nowS: number;
  /** Events processed so far. */
  processed = 0;
  private readonly heap = new EventHeap();
  private readonly handlers: Handler[] = [];
  private readonly names: string[] = [];

  constructor(startS = 0) {
    this.nowS = startS;
  }

  /** Registers a handler and returns its event kind. */
  on(name: string, handler: Handler): number {
    this.handlers.push(handler);
    this.names.push(name);
    return this.handlers.length - 1;
  }

  /** Schedules event `kind` at absolute time `timeS` (>= now). */
  at(timeS: number, kind: number, payload = 0): void {
    if (!(timeS >= this.nowS) || !(kind >= 0 && kind < this.handlers.length)) {
      if (this.handlers[kind] === undefined) throw new RangeError(`cannot schedule unknown event kind ${kind}`);
      throw new RangeError(`cannot schedule '${this.names[kind]}' at ${timeS} s, before now (${this.nowS} s)`);
    }
    this.heap.push(timeS, kind, payload);
  }

  /** Schedules event `kind` after `delayS` (>= 0) seconds. */
  after(delayS: number, kind: number, payload = 0): void {
    this.at(this.nowS + delayS, kind, payload);
  }

  /** Time of the next event; Infinity when none is pending. */
  peekS(): number {
    return this.heap.peekTimeS();
  }

  /** Number of pending events. */
  get pending(): number {
    return this.heap.size;
  }

  /** Processes the next event; false when none is pending. */
  step(): boolean {
    const heap = this.heap;
    if (!heap.pop()) return false;
    this.nowS = heap.topTimeS;
    this.processed++;
    this.handlers[heap.topKind](heap.topTimeS, heap.topPayload);
    return true;
  }

  /** Processes every event with timeS < untilS (see the boundary rule above), then sets the clock to untilS. */
  run(options: { untilS: number }): void {
    const untilS = options.untilS;
    if (!(untilS >= this.nowS)) throw new RangeError(`run until ${untilS} s is before now (${this.nowS} s)`);
    const heap = this.heap;
    const handlers = this.handlers;
    while (heap.popBefore(untilS)) {
      this.nowS = heap.topTimeS;
      this.processed++;
      handlers[heap.topKind](heap.topTimeS, heap.topPayload);
    }
    this.nowS = untilS;
  }
}
