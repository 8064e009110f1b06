import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { withBaseDir } from '../../../sim/scenario/filePath.js';
import { workloadSchema } from '../../../sim/scenario/schema/workload.js';

const parse = (input: unknown) => withBaseDir(resolve('scenarios'), () => workloadSchema.safeParse(input));
const messages = (input: unknown) => {
  const r = parse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('workloadSchema', () => {
  it('converts the recommended default block to SI params', () => {
    const r = parse({
      nodes: { count: 400, idlePower: '2.0 kW', model: { powerLaw: 1.0 } },
      jobs: { trace: { path: 'traces/openb_pod_list_default.csv', columns: { submit: 'creation_time', end: 'deletion_time', gpus: 'num_gpu' },
        from: '115 days', repeat: true, arrivalScale: 40, utilization: '80 %' } },
    });
    expect(r.success).toBe(true);
    if (!r.success) return;
    // The datasheet figures are wall input (default powerIncludes): kept as given, and converted to component
    // power inside the reference air node (test/models/it/nameplate.test.ts checks the conversion).
    const { power, ...rest } = r.data.groups[0];
    expect(rest).toEqual({
      id: 'nodes', memoryBytes: 0, speed: [1, 1, 1],
      count: 400, gpusPerNode: 8, powerDownIdle: false, powerOnDelayS: 0,
      wallInput: { idlePowerW: 2000, peakPowerW: 10_200, shape: { kind: 'powerLaw', exponent: 1 }, standbyPowerW: 0 },
    });
    expect(power.peakPowerW).toBeCloseTo(8812.8, 1);
    expect(power.idlePowerW).toBeGreaterThan(1500);
    expect(power.idlePowerW).toBeLessThan(2000);
    expect(r.data.scheduler).toBe('first-fit');
    expect(r.data.jobs.kind).toBe('trace');
    if (r.data.jobs.kind !== 'trace') return;
    expect(r.data.jobs.trace).toMatchObject({ fromS: 115 * 86_400, repeat: true, arrivalScale: 40, durationScale: 1, utilization: 0.8, timeUnitS: 1, gpusPerNode: 8 });
    expect(r.data.jobs.trace.path).toBe(resolve('scenarios/traces/openb_pod_list_default.csv'));
  });

  it('poisson: rate with a unit, sizes and durations with defaults from Philly', () => {
    const r = parse({ nodes: { count: 10, idlePower: '1 kW' }, jobs: { poisson: { rate: '72 /h', sizes: { 1: 3, 8: 1 } } }, scheduler: 'best-fit' });
    expect(r.success && r.data.jobs).toEqual({
      kind: 'poisson',
      poisson: { ratePerS: 0.02, sizes: { gpus: [1, 8], weights: [3, 1] }, duration: { kind: 'lognormal', medianS: 874, meanS: 18_006 }, utilization: 1 },
    });
  });

  it('poisson classes: weights by class name, missing ones 0, as shares in JOB_CLASSES order; all zero is an error', () => {
    const r = parse({ nodes: { count: 10, idlePower: '1 kW' }, jobs: { poisson: { rate: '72 /h', classes: { inference: 3, training: 1 } } } });
    expect(r.success && r.data.jobs.kind === 'poisson' && r.data.jobs.poisson.classShares).toEqual([0.25, 0.75, 0]);
    const bad = parse({ nodes: { count: 10, idlePower: '1 kW' }, jobs: { poisson: { rate: '72 /h', classes: { batch: 0 } } } });
    expect(bad.success).toBe(false);
    expect(parse({ nodes: { count: 10, idlePower: '1 kW' }, jobs: { poisson: { rate: '72 /h', classes: { serving: 1 } } } }).success).toBe(false);
  });

  it('a measured table gives idle and peak from its ends; profile and diurnal sources parse', () => {
    const t = parse({ nodes: { count: 1, model: { table: { utilization: [0, 1], power: ['1.5 kW', '9 kW'] } }, powerIncludes: 'components' }, jobs: { diurnal: {} } });
    expect(t.success && t.data.groups[0].power).toMatchObject({ idlePowerW: 1500, peakPowerW: 9000 });
    expect(t.success && t.data.jobs).toEqual({ kind: 'diurnal', diurnal: { meanUtilization: 0.5, amplitude: 0.185, peakHour: 14, stepS: 900 } });
    const p = parse({ nodes: { count: 1, idlePower: '1 kW' }, jobs: { profile: { path: 'traces/Alibaba_CPU_Data_Hourly_1.csv', column: 'cpu_load' } } });
    expect(p.success && p.data.jobs).toMatchObject({ kind: 'profile', profile: { column: 'cpu_load', stepS: 3600, repeat: true } });
  });

  it('says what is wrong, one message per problem', () => {
    expect(messages({ nodes: { count: 4 }, jobs: {} })).toEqual([
      'jobs: expected exactly one of trace, poisson, profile, diurnal, got none',
      "nodes.idlePower: expected a power with a unit like '2 kW' (idle power of one node), got nothing",
    ]);
    expect(messages({ nodes: { count: 4, idlePower: '12 kW' }, jobs: { diurnal: {}, poisson: { rate: '1 /s' } } })).toEqual([
      'jobs: expected exactly one of trace, poisson, profile, diurnal, got poisson, diurnal',
      'nodes.idlePower: expected at most peakPower (10200 W), got 12000 W',
    ]);
    expect(messages({ nodes: { count: 4, idlePower: '1 kW' }, jobs: { trace: { path: 'traces/openb_pod_list_default.csv', columns: { submit: 'a', end: 'b', duration: 'c', gpus: 'd' } } } }))
      .toEqual(['jobs.trace.columns: expected exactly one of duration, end, got both']);
    expect(messages({ nodes: { count: 4, idlePower: '1 kW', gpus: 8 }, jobs: { diurnal: {} } })[0]).toMatch(/^nodes: .*gpus/);
    expect(messages({ nodes: { count: 4, idlePower: '100 W' }, jobs: { diurnal: {} } })).toEqual([
      "nodes.idlePower: expected a wall input at utilization 0 above the node's own fans and PSU losses there (235 W), got 100 W (powerIncludes: wall-input)",
    ]);
    expect(messages({ nodes: { count: 4, idlePower: '100 W', powerIncludes: 'components' }, jobs: { diurnal: {} } })).toEqual([]);
  });

  it('durationScale: a plain number > 0, default 1', () => {
    const trace = (extra: object) => ({ nodes: { count: 4, idlePower: '1 kW' },
      jobs: { trace: { path: 'traces/openb_pod_list_default.csv', columns: { submit: 'creation_time', end: 'deletion_time', gpus: 'num_gpu' }, ...extra } } });
    const r = parse(trace({ durationScale: 12.5 }));
    expect(r.success && r.data.jobs.kind === 'trace' && r.data.jobs.trace.durationScale).toBe(12.5);
    expect(messages(trace({ durationScale: 0 }))).toHaveLength(1);
    expect(messages(trace({ durationScale: 0 }))[0]).toMatch(/^jobs\.trace\.durationScale: /);
  });
});
