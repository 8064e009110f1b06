/**
 * Re-simulated samples reuse what does not depend on the sampled inputs: the
 * weather, and the cluster series while the workload block, seed, control step
 * and years are those of the last sample that ran the jobs. Numbers are those
 * of a full evaluation of the sample's scenario.
 */
import { describe, expect, it, vi } from 'vitest';

// Count job simulations (startWorkload runs once per full run, never on a replay).
const workloads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../sim/simulation/workloadProcess.js', async (original) => (await import('../../countingMock.js')).countCalls(await original<Record<string, unknown>>(), 'startWorkload', workloads));

const { loadFixture } = await import('./fixture.js');
const { sampleScenario, sampleSimulator } = await import('../../../sim/studies/montecarlo/sampleScenario.js');
const { evaluate } = await import('../../../sim/studies/evaluate.js');
const { kpiVector } = await import('../../../sim/studies/montecarlo/kpis.js');

describe('sampleSimulator', () => {
  const { source } = loadFixture('physics.yaml');
  const samples = [
    ['designs[0].cooling.liquid.rejection.dryCooler.approach=4.5 K'],
    ['designs[0].cooling.liquid.rejection.dryCooler.approach=8 K'],
    ['designs[0].cooling.liquid.rejection.dryCooler.approach=8 K', 'workload.nodes.count=24'],
    ['designs[0].cooling.liquid.rejection.dryCooler.approach=5 K', 'workload.nodes.count=24'],
  ];

  it('runs the jobs only when the workload changes, with the numbers of a full run of each sample', () => {
    const simulateSample = sampleSimulator(source);
    workloads.count = 0;
    const vectors = samples.map((o, i) => Array.from(simulateSample(i, o)));
    expect(workloads.count).toBe(2); // sample 0, and sample 2 (24 nodes); 1 and 3 replay the cluster series
    workloads.count = 0;
    const full = samples.map((o, i) => Array.from(kpiVector(evaluate(sampleScenario(source, i, o)).summary)));
    expect(workloads.count).toBe(4);
    expect(vectors).toEqual(full);
    expect(vectors[1]).not.toEqual(vectors[0]);
  });
});
