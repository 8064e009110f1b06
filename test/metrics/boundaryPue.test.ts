/**
 * Issue 12 item 10 (metering boundary): a PUE at a stated boundary beside the full PUE, so a published PUE
 * whose meters leave something out (NREL ESIF: no electrical-loss meter) is compared like for like without
 * ad-hoc arithmetic in tests. Unit tests (bookkeeping on the default scenario). Fails before metrics.boundaryPue.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadScenario } from '../../sim/scenario/load.js';
import { evaluate } from '../../sim/studies/evaluate.js';
import { EXCLUDABLE_METERS } from '../../sim/scenario/schema/boundary.js';
import { errorLines } from '../scenario/standIn.js';
import { scenarioSchema } from '../../sim/scenario/schema.js';

const run = (overrides: string[] = []) => evaluate(loadScenario(resolve('scenarios/default.yaml'), { overrides }).scenario);

describe('metrics.boundaryPue', () => {
  const BOUNDARY = '{ name: no-electrical-losses, exclude: [transformerLoss, upsLoss, distributionLoss] }';
  const { summary, result } = run([`designs[0].meteringBoundary=${BOUNDARY}`]);
  const [pod, air] = summary.designs;

  it('is the facility energy without the excluded meters over IT energy, named, beside the full PUE', () => {
    const e = pod.metrics.energyByComponentKWh;
    const expected = (pod.metrics.facilityEnergyKWh - e.transformerLoss - e.upsLoss - e.distributionLoss) / pod.metrics.itEnergyKWh;
    expect(pod.metrics.boundaryPue!.boundary).toBe('no-electrical-losses');
    expect(pod.metrics.boundaryPue!.pue).toBeCloseTo(expected, 12);
    expect(pod.metrics.boundaryPue!.pue).toBeLessThan(pod.metrics.pue);
  });

  it('is absent where no boundary is set', () => {
    expect(air.metrics.boundaryPue).toBeUndefined();
  });

  it('every meter a run has, but it, may be excluded (the schema list follows the run\'s channels)', () => {
    for (const r of result.designs) for (const c of r.channels.filter((n) => n !== 'it')) expect(EXCLUDABLE_METERS).toContain(c);
  });

  it('an unknown meter is refused naming the field (exit 2 in the CLI)', () => {
    const lines = errorLines('scenarios/default.yaml', scenarioSchema, ['designs[0].meteringBoundary={ name: x, exclude: [ups] }']);
    expect(lines.join('\n')).toMatch(/designs\[0\]\.meteringBoundary\.exclude\[0\]: expected one of .*'upsLoss'.*got 'ups'/);
  });
});
