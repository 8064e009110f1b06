/**
 * Zod fragment of the scenario's `workload:` block: GPU nodes, the job source
 * (one of trace, poisson, profile, diurnal) and the placement policy. Input keys
 * are plain (`idlePower: 2 kW`); the output (`WorkloadParams`) is SI with unit suffixes.
 */
import { z } from 'zod';
import { count, fraction, plainNumber, quantity } from '../fields.js';
import { filePath } from '../filePath.js';
import { ARRIVAL_RATE_CAP, cappedQuantity } from './capped.js';
import { TRACE_DEFAULTS, type TraceParams } from '../../models/workload/trace.js';
import { DIURNAL_DEFAULTS, PHILLY_DURATION, PHILLY_SIZES, type DiurnalParams, type PoissonParams } from '../../models/workload/generators.js';
import type { ProfileParams } from '../../models/workload/profile.js';
import type { PlacementPolicy } from '../../models/workload/scheduler.js';
import { nodeGroupsOf, nodeGroupsSchema } from './nodeGroups.js';
import { traceGroupFields } from './traceGroups.js';
import type { NodeGroupParams } from '../../models/workload/nodeGroup.js';
import { JOB_CLASSES } from '../../models/workload/job.js';
import { POOL_POLICIES, type PoolPolicy, type TypeConstraint } from '../../models/workload/poolPolicy.js';

const traceSchema = z.strictObject({
  path: filePath('job trace CSV'),
  columns: z.strictObject({
    submit: z.string().min(1),
    duration: z.string().min(1).optional(),
    end: z.string().min(1).optional(),
    gpus: z.string().min(1).optional(),
    nodes: z.string().min(1).optional(),
    utilization: z.string().min(1).optional(),
    accelerator: z.string().min(1).optional().meta({ description: "column naming the accelerator types a job accepts (Alibaba gpu_spec: 'T4', 'V100M16|V100M32'; empty = any)" }),
    class: z.string().min(1).optional().meta({ description: 'column naming the job class (mapped by classes)' }),
    memory: z.string().min(1).optional().meta({ description: 'column with the accelerator memory a job needs per GPU (in memoryUnit)' }),
  }),
  accelerators: z.record(z.string().min(1), z.union([z.string().min(1), z.array(z.string().min(1)).min(1)])).optional()
    .meta({ description: "trace accelerator name -> node group name(s), e.g. { T4: l20, V100M32: [h100, ascend] }" }),
  classes: z.record(z.string(), z.enum(JOB_CLASSES)).optional().meta({ description: "trace class value -> training, inference or batch, e.g. { LS: inference, BE: batch }" }),
  constraint: z.enum(['required', 'preferred']).default('preferred').meta({ description: "required: the accelerator column binds every policy (e.g. CUDA-only code); preferred (default): only siloed is bound, pooled and energy-aware may run a job on any group meeting its memory need" }),
  class: z.enum(JOB_CLASSES).default('training').meta({ description: 'class of every job when there is no class column' }),
  memoryUnit: quantity('B', { above: 0 }).default(1e9).meta({ description: "unit of the memory column, e.g. '1 GiB' (default 1 GB)" }),
  timeUnit: quantity('s', { above: 0 }).default(TRACE_DEFAULTS.timeUnitS),
  repeat: z.boolean().default(TRACE_DEFAULTS.repeat),
  arrivalScale: plainNumber({ above: 0 }).default(TRACE_DEFAULTS.arrivalScale),
  durationScale: plainNumber({ above: 0 }).default(TRACE_DEFAULTS.durationScale),
  utilization: fraction().default(TRACE_DEFAULTS.utilization),
  utilizationScale: plainNumber({ above: 0 }).default(TRACE_DEFAULTS.utilizationScale),
  skipBadLines: z.boolean().default(TRACE_DEFAULTS.skipBadLines),
  from: quantity('s', { min: 0 }).optional(),
  to: quantity('s', { min: 0 }).optional(),
});

const durationSchema = z.union([
  z.strictObject({ exponential: z.strictObject({ mean: quantity('s', { above: 0 }) }) }),
  z.strictObject({ lognormal: z.strictObject({ median: quantity('s', { above: 0 }), mean: quantity('s', { above: 0 }) }) }),
]);

const classWeight = () => plainNumber({ min: 0 }, 'a weight').optional();

const poissonSchema = z.strictObject({
  rate: cappedQuantity('Hz', { above: 0 }, ARRIVAL_RATE_CAP),
  sizes: z.record(z.string().regex(/^[1-9]\d*$/, 'expected a whole GPU count like 8'), plainNumber({ min: 0 }, 'a weight')).optional(),
  duration: durationSchema.optional(),
  utilization: fraction().default(1),
  classes: z.strictObject({ training: classWeight(), inference: classWeight(), batch: classWeight() })
    .optional().meta({ description: 'weights of the job classes (training, inference, batch; missing = 0); absent: every job is training' }),
});

const profileSchema = z.strictObject({
  path: filePath('utilization profile CSV'),
  column: z.string().min(1),
  step: quantity('s', { above: 0 }).default(3600), // the SustainDC files are hourly
  repeat: z.boolean().default(true),
  scale: plainNumber({ above: 0 }).default(1),
  skipBadLines: z.boolean().default(false),
});

const diurnalSchema = z.strictObject({
  mean: fraction().default(DIURNAL_DEFAULTS.meanUtilization),
  amplitude: fraction().default(DIURNAL_DEFAULTS.amplitude),
  peakHour: plainNumber({ min: 0, max: 24 }, 'an hour of day').default(DIURNAL_DEFAULTS.peakHour),
  step: quantity('s', { above: 0 }).default(DIURNAL_DEFAULTS.stepS),
});

export type JobsParams =
  | { kind: 'trace'; trace: TraceParams }
  | { kind: 'poisson'; poisson: PoissonParams }
  | { kind: 'profile'; profile: ProfileParams }
  | { kind: 'diurnal'; diurnal: DiurnalParams };

export interface WorkloadParams {
  /** Node groups (one for a `nodes:` map; the XPU pool for a list), in the order written. */
  groups: NodeGroupParams[];
  jobs: JobsParams;
  scheduler: PlacementPolicy;
  /** How jobs are matched to groups (poolPolicy.ts); irrelevant with one group. */
  policy: PoolPolicy;
  /** Whether the trace's accelerator column binds pooled and energy-aware matching too (siloed is always bound). */
  typeConstraint?: TypeConstraint;
  /** Longest wait for the lowest-energy group under `energy-aware` before any feasible group is taken, s. */
  maxWaitS: number;
  /** Jobs replayed before the simulated window (not metered), so the cluster starts the year in steady state, s. */
  warmUpS?: number;
  /** Which sites may serve the workload: `east-only` excludes west sites of a `sites:` list (siteEntries.ts). */
  latency?: 'any' | 'east-only';
}

const SOURCES = ['trace', 'poisson', 'profile', 'diurnal'] as const;

export const workloadSchema = z
  .strictObject({
    nodes: nodeGroupsSchema,
    jobs: z.strictObject({
      trace: traceSchema.optional(),
      poisson: poissonSchema.optional(),
      profile: profileSchema.optional(),
      diurnal: diurnalSchema.optional(),
    }),
    scheduler: z.enum(['first-fit', 'best-fit']).default('first-fit'),
    policy: z.enum(POOL_POLICIES).default('pooled').meta({ description: 'with several node groups: siloed (a job runs on its own type only), pooled (any type meeting its constraint and memory, fastest first) or energy-aware (the lowest expected energy, up to maxWait)' }),
    maxWait: quantity('s', { min: 0 }).default(3600).meta({ description: "energy-aware: how long a job waits for its lowest-energy group before any feasible one, e.g. '1 h'" }),
    // Long jobs take weeks to fill an empty cluster; a warm-up replays jobs before the metered year.
    warmUp: quantity('s', { min: 0, max: 3.2e7 }).default(0).meta({ description: "jobs run before the metered window, e.g. '90 days'" }),
    latency: z.enum(['any', 'east-only']).default('any').meta({ description: "sites that may serve it: any (default), or east-only for latency-bound inference served to eastern users (a west site of sites: is then not simulated)" }),
  })
  .transform((w, ctx): WorkloadParams => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const given = SOURCES.filter((k) => w.jobs[k] !== undefined);
    if (given.length !== 1) issue(['jobs'], `expected exactly one of trace, poisson, profile, diurnal, got ${given.length === 0 ? 'none' : given.join(', ')}`);
    const groups = nodeGroupsOf(w.nodes, issue);
    if (groups.length > 1 && (w.jobs.profile !== undefined || w.jobs.diurnal !== undefined)) issue(['jobs'], `expected jobs (trace or poisson) for several node groups, got a utilization ${w.jobs.profile ? 'profile' : 'diurnal profile'} (it has no jobs to match to groups)`);
    let typeConstraint: TypeConstraint | undefined;
    let jobs: JobsParams = { kind: 'diurnal', diurnal: { ...DIURNAL_DEFAULTS } };
    const t = w.jobs.trace, p = w.jobs.poisson, f = w.jobs.profile, d = w.jobs.diurnal;
    if (t) {
      const c = t.columns;
      if ((c.duration === undefined) === (c.end === undefined)) issue(['jobs', 'trace', 'columns'], `expected exactly one of duration, end, got ${c.duration === undefined ? 'none' : 'both'}`);
      if ((c.gpus === undefined) === (c.nodes === undefined)) issue(['jobs', 'trace', 'columns'], `expected exactly one of gpus, nodes, got ${c.gpus === undefined ? 'none' : 'both'}`);
      if (t.from !== undefined && t.to !== undefined && !(t.to > t.from)) issue(['jobs', 'trace', 'to'], `expected a time after from (${t.from} s), got ${t.to} s`);
      const { timeUnit, from, to, accelerators, classes, class: jobClass, memoryUnit, constraint, ...rest } = t;
      typeConstraint = constraint;
      const pool = traceGroupFields(t, groups, (path, m) => issue(['jobs', 'trace', ...path], m));
      jobs = { kind: 'trace', trace: { ...rest, timeUnitS: timeUnit, fromS: from, toS: to, gpusPerNode: groups[0].gpusPerNode, ...pool, jobClass: JOB_CLASSES.indexOf(jobClass), memoryUnitBytes: memoryUnit } };
    } else if (p) {
      const sizes = p.sizes === undefined ? PHILLY_SIZES : { gpus: Object.keys(p.sizes).map(Number), weights: Object.values(p.sizes) };
      if (!(sizes.weights.reduce((a, b) => a + b, 0) > 0)) issue(['jobs', 'poisson', 'sizes'], 'expected at least one positive weight, got none');
      const dd = p.duration;
      const duration = dd === undefined ? PHILLY_DURATION : 'exponential' in dd
        ? { kind: 'exponential' as const, meanS: dd.exponential.mean }
        : { kind: 'lognormal' as const, medianS: dd.lognormal.median, meanS: dd.lognormal.mean };
      if (duration.kind === 'lognormal' && duration.meanS < duration.medianS) issue(['jobs', 'poisson', 'duration', 'lognormal', 'mean'], `expected a mean at least the median (${duration.medianS} s), got ${duration.meanS} s`);
      const weights = p.classes === undefined ? undefined : JOB_CLASSES.map((c) => p.classes![c] ?? 0);
      const total = weights?.reduce((a, b) => a + b, 0) ?? 1;
      if (!(total > 0)) issue(['jobs', 'poisson', 'classes'], 'expected at least one positive weight, got none');
      const classShares = weights?.map((w) => w / total);
      jobs = { kind: 'poisson', poisson: { ratePerS: p.rate, sizes, duration, utilization: p.utilization, ...(classShares ? { classShares } : {}) } };
    } else if (f) {
      jobs = { kind: 'profile', profile: { path: f.path, column: f.column, stepS: f.step, repeat: f.repeat, scale: f.scale, skipBadLines: f.skipBadLines } };
    } else if (d) {
      jobs = { kind: 'diurnal', diurnal: { meanUtilization: d.mean, amplitude: d.amplitude, peakHour: d.peakHour, stepS: d.step } };
    }
    return {
      groups,
      jobs,
      scheduler: w.scheduler,
      policy: w.policy,
      ...(typeConstraint === undefined ? {} : { typeConstraint }),
      maxWaitS: w.maxWait,
      warmUpS: w.warmUp,
      latency: w.latency,
    };
  });
