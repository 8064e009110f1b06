/**
 * The engine benchmark gpu-fifo-v1 in the bench table: dctwin's run checked
 * against the published reference, and its events per second against SimPy's
 * and SimGrid's measured in the same run (when they are installed here).
 */
import { perSecond, times, type Figure } from './figure.js';
import { runGpuFifo } from './gpuFifo.js';
import { checkReference } from './reference.js';
import { runSimGrid, runSimPy, type PeerResult } from './peers.js';
import { atLeast, TARGETS } from './targets.js';

export interface EngineBenchOptions {
  days: number;
  /** False to skip the peers (`--no-peers`). */
  peers: boolean;
}

const SEED = 42;

function peerFigure(p: PeerResult | undefined, name: string, dctwinPerS: number, events: { arrivals: number; completions: number; waited: number }): Figure {
  const id = `engine.vs${name}`;
  const label = `engine gpu-fifo-v1: dctwin vs ${name} (events/s)`;
  const minRatio = TARGETS.engineMinRatioVsPeer[name] ?? 1;
  const target = `>= ${times(minRatio)}`;
  if (!p) return { id, label, measured: '-', target, verdict: 'skipped', note: 'peers not run (--no-peers)', data: { skipped: 'no-peers' } };
  if (!p.result) return { id, label, measured: '-', target, verdict: 'skipped', note: `peers not installed: ${p.why}`, data: { skipped: p.why ?? null } };
  const ratio = dctwinPerS / p.result.modelEventsPerS;
  const same = p.result.arrivals === events.arrivals && p.result.completions === events.completions && p.result.waited === events.waited;
  return {
    id,
    label,
    measured: times(ratio),
    target,
    verdict: same ? atLeast(ratio, minRatio) : 'fail',
    note: `${name} ${perSecond(p.result.modelEventsPerS)} in ${p.result.wallS.toFixed(1)} s; counts ${same ? 'equal' : 'DIFFER'}`,
    data: { ratio, peerEventsPerS: p.result.modelEventsPerS, peerWallS: p.result.wallS, countsEqual: same },
  };
}

export function engineFigures(opts: EngineBenchOptions): Figure[] {
  const r = runGpuFifo({ days: opts.days, seed: SEED });
  const check = checkReference(r);
  const dctwin: Figure = {
    id: 'engine.dctwin',
    label: `engine gpu-fifo-v1, ${opts.days} days: dctwin`,
    measured: perSecond(r.modelEventsPerS),
    target: 'counts = reference',
    verdict: check === 'ok' ? 'pass' : check === '' ? 'info' : 'fail',
    note: `${r.modelEvents.toLocaleString('en-US')} events in ${r.wallS.toFixed(2)} s; reference ${check || `none for ${opts.days} days`}`,
    data: { eventsPerS: r.modelEventsPerS, events: r.modelEvents, wallS: r.wallS, cpuS: r.cpuS, reference: check || null },
  };
  const simpy = opts.peers ? runSimPy(opts.days, SEED) : undefined;
  const simgrid = opts.peers ? runSimGrid(opts.days, SEED) : undefined;
  return [dctwin, peerFigure(simpy, 'SimPy', r.modelEventsPerS, r), peerFigure(simgrid, 'SimGrid', r.modelEventsPerS, r)];
}
