/**
 * `workload.nodes` as a list of node groups (the XPU pool): catalogue defaults, what a group writes over them,
 * and the messages of a wrong group or trace mapping (one per problem, each at its field).
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { withBaseDir } from '../../../sim/scenario/filePath.js';
import { workloadSchema } from '../../../sim/scenario/schema/workload.js';
import { acceleratorById } from '../../../sim/models/it/accelerators.js';

const parse = (input: unknown) => withBaseDir(resolve('scenarios'), () => workloadSchema.safeParse(input));
const messages = (input: unknown) => {
  const r = parse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const POISSON = { poisson: { rate: '10 /h' } };
const TRACE = {
  path: 'traces/openb_pod_list_gpuspec33.csv',
  columns: { submit: 'creation_time', end: 'deletion_time', gpus: 'num_gpu', accelerator: 'gpu_spec', class: 'qos' },
  accelerators: { G2: 'big', T4: 'small', P100: ['big', 'small'] },
  classes: { LS: 'inference', BE: 'batch' },
};

describe('node groups', () => {
  it('a catalogue id gives GPUs per node, wall-input node power, memory and speeds; the group may override any', () => {
    const r = parse({ nodes: [{ name: 'big', accelerator: 'b200', count: 4 }, { name: 'small', accelerator: 'l20', count: 2, speed: { inference: 0.3 }, memory: '40 GB' }], jobs: POISSON });
    expect(r.success).toBe(true);
    if (!r.success) return;
    const [big, small] = r.data.groups;
    const b200 = acceleratorById('b200')!, l20 = acceleratorById('l20')!;
    expect(big).toMatchObject({ id: 'big', accelerator: 'b200', count: 4, gpusPerNode: b200.gpusPerNode, memoryBytes: b200.memoryBytes,
      speed: [b200.speed.training, b200.speed.inference, b200.speed.batch], wallInput: { idlePowerW: b200.node.idlePowerW, peakPowerW: b200.node.peakPowerW } });
    expect(big.tokensPerSecondPerGpu).toBe(b200.inferenceTokensPerSecond);
    expect(small).toMatchObject({ id: 'small', memoryBytes: 40e9, speed: [l20.speed.training, 0.3, l20.speed.batch] });
    expect(r.data.policy).toBe('pooled');
    expect(r.data.maxWaitS).toBe(3600);
  });

  it('the default map is one group named nodes, speed 1, no memory stated', () => {
    const r = parse({ nodes: { count: 3, idlePower: '1 kW' }, jobs: POISSON });
    expect(r.success && r.data.groups.map((g) => [g.id, g.count, g.memoryBytes, g.speed])).toEqual([['nodes', 3, 0, [1, 1, 1]]]);
  });

  it('maps trace accelerator names onto group bit masks and classes onto their indexes', () => {
    const r = parse({ nodes: [{ name: 'big', accelerator: 'b200', count: 1 }, { name: 'small', accelerator: 'l20', count: 1 }], jobs: { trace: TRACE }, policy: 'siloed' });
    expect(r.success).toBe(true);
    if (!r.success || r.data.jobs.kind !== 'trace') return;
    expect(r.data.jobs.trace.groupsOf).toEqual({ G2: 0b01, T4: 0b10, P100: 0b11 });
    expect(r.data.jobs.trace.classOf).toEqual({ LS: 1, BE: 2 });
    expect(r.data.typeConstraint).toBe('preferred');
  });

  it('says what is wrong with groups and the mapping, at each field', () => {
    expect(messages({
      nodes: [{ name: 'a', accelerator: 'h999', count: 1 }, { name: 'a', count: 1, idlePower: '1 kW' }],
      jobs: { trace: { ...TRACE, accelerators: { G2: 'nope' }, classes: undefined } },
    })).toEqual([
      "nodes.0.accelerator: expected a catalogue id (h100-sxm, h200-sxm, b200, mi300x, gaudi3, ascend-910b, mtt-s4000, l20, t4, v100, p100), or idlePower and peakPower with your own label, got 'h999'",
      "nodes.1.name: expected a name no other group has, got 'a' twice",
      "jobs.trace.classes: expected a map from the values of column 'qos' to training, inference or batch (columns.class is set), got nothing",
      "jobs.trace.accelerators.G2: expected a node group name (a), got 'nope'",
    ]);
    expect(messages({ nodes: [{ name: 'a', count: 1, idlePower: '1 kW' }, { name: 'b', count: 1, idlePower: '1 kW' }], jobs: { diurnal: {} } })).toEqual([
      'jobs: expected jobs (trace or poisson) for several node groups, got a utilization diurnal profile (it has no jobs to match to groups)',
    ]);
  });
});
