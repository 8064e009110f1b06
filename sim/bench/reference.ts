/** gpu-fifo-v1's published reference results and the check of a run against them. */
import type { GpuFifoResult } from './gpuFifo.js';

/** Reference results of the shared bench README (SimPy 3.0.11 and SimGrid 3.32 agree), seed 42. */
export const REFERENCE: Record<number, { arrivals: number; completions: number; waited: number; energyJ: number }> = {
  365: { arrivals: 3_150_318, completions: 3_150_223, waited: 656_118, energyJ: 28968257299212.27 },
  30: { arrivals: 259_561, completions: 259_456, waited: 55_473, energyJ: 2385930976630.0054 },
};

/** 'ok' when counts match exactly and energy within 1e-12 relative; a reason otherwise; '' when no reference. */
export function checkReference(r: GpuFifoResult): string {
  const ref = r.seed === 42 ? REFERENCE[r.days] : undefined;
  if (!ref) return '';
  if (r.arrivals !== ref.arrivals || r.completions !== ref.completions || r.waited !== ref.waited) return 'counts differ from the reference';
  const rel = Math.abs(r.energyJ / ref.energyJ - 1);
  return rel <= 1e-12 ? 'ok' : `energy differs by ${rel.toExponential(2)} relative`;
}
