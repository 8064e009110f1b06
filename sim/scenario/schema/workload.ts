/**
 * Zod fragment of the scenario's `workload:` block: GPU nodes, the job source
 * (one of trace, poisson, profile, diurnal) and the placement policy. Input keys
 * are plain (`idlePower: 2 kW`); the output (`WorkloadParams`) is SI with unit suffixes.
 */
import { z } from 'zod';
import { count, fraction, plainNumber, quantity } from '../fields.js';
import { filePath } from '../filePath.js';
import { ARRIVAL_RATE_CAP, cappedQuantity } from './capped.js';
import { DGX_H100_GPUS, DGX_H100_PEAK_POWER_W, type NodePowerParams, type NodePowerShape } from '../../models/it/nodePower.js';
import { TRACE_DEFAULTS, type TraceParams } from '../../models/workload/trace.js';
import { DIURNAL_DEFAULTS, PHILLY_DURATION, PHILLY_SIZES, type DiurnalParams, type PoissonParams } from '../../models/workload/generators.js';
import type { ProfileParams } from '../../models/workload/profile.js';
import type { PlacementPolicy } from '../../models/workload/scheduler.js';
import { componentNodePower, type NameplateReference, type NodePowerIncludes } from '../../models/it/nameplate.js';
import { DEFAULT_IT } from './it.js';

/**
 * The node a datasheet describes: air-cooled, its own server PSUs, dctwin's default IT models (schema/it.ts),
 * rated at their design inlet. A wall-input figure is converted to component power inside this node (nameplate.ts).
 */
const NAMEPLATE_REFERENCE: NameplateReference = {
  ...DEFAULT_IT,
  racks: { type: 'air', ratedPowerW: 40_000, liquidCaptureFraction: 0, psuHeatToLiquidFraction: 0, footprintM2: 0.72 },
};

const shapeSchema = z.union([
  z.literal('linear').transform((): NodePowerShape => ({ kind: 'linear' })),
  z.strictObject({ powerLaw: plainNumber({ above: 0 }, 'an exponent') }).transform((m): NodePowerShape => ({ kind: 'powerLaw', exponent: m.powerLaw })),
  z.strictObject({ fanBarroso: plainNumber({ min: 1, max: 2 }, 'an exponent r') }).transform((m): NodePowerShape => ({ kind: 'fanBarroso', r: m.fanBarroso })),
  z.strictObject({
    table: z.strictObject({ utilization: z.array(fraction()).min(2), power: z.array(quantity('W', { min: 0 })).min(2) }),
  }).transform((m): NodePowerShape => ({ kind: 'table', utilization: m.table.utilization, powerW: m.table.power })),
]);

const nodesSchema = z.strictObject({
  count: count(1),
  gpusPerNode: count(1).default(DGX_H100_GPUS), // NVIDIA DGX H100 datasheet: 8 GPUs
  idlePower: quantity('W', { min: 0 }).optional(), // no published system idle figure: the scenario must give it
  peakPower: quantity('W', { above: 0 }).default(DGX_H100_PEAK_POWER_W), // DGX H100 datasheet: ~10.2 kW max
  model: shapeSchema.default({ kind: 'linear' }), // SPECpower-style linear model
  standbyPower: quantity('W', { min: 0 }).default(0),
  // A datasheet maximum is the system's wall input (fans and PSUs included): the default, so it is counted once.
  powerIncludes: z.enum(['wall-input', 'components']).default('wall-input').meta({
    description: "what idlePower/peakPower (or the table) include: 'wall-input' (datasheet system input, fans and PSU losses included; default) or 'components' (compute only; dctwin adds fans and PSU losses)",
  }),
  powerDownIdle: z.boolean().default(false),
  powerOnDelay: quantity('s', { min: 0 }).default(0),
});

const traceSchema = z.strictObject({
  path: filePath('job trace CSV'),
  columns: z.strictObject({
    submit: z.string().min(1),
    duration: z.string().min(1).optional(),
    end: z.string().min(1).optional(),
    gpus: z.string().min(1).optional(),
    nodes: z.string().min(1).optional(),
    utilization: z.string().min(1).optional(),
  }),
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

const poissonSchema = z.strictObject({
  rate: cappedQuantity('Hz', { above: 0 }, ARRIVAL_RATE_CAP),
  sizes: z.record(z.string().regex(/^[1-9]\d*$/, 'expected a whole GPU count like 8'), plainNumber({ min: 0 }, 'a weight')).optional(),
  duration: durationSchema.optional(),
  utilization: fraction().default(1),
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
  nodes: {
    count: number;
    gpusPerNode: number;
    /** Component (compute) power of one node versus utilization, before server fans and PSU losses. */
    power: NodePowerParams;
    /** The figures as the scenario gave them, when they were wall input (converted into `power`). */
    wallInput?: NodePowerParams;
    powerDownIdle: boolean;
    powerOnDelayS: number;
  };
  jobs: JobsParams;
  scheduler: PlacementPolicy;
  /** Jobs replayed before the simulated window (not metered), so the cluster starts the year in steady state, s. */
  warmUpS?: number;
  /** Which sites may serve the workload: `east-only` excludes west sites of a `sites:` list (siteEntries.ts). */
  latency?: 'any' | 'east-only';
}

/** Wall-input figures to component power (nameplate.ts); a figure below the node's own fan and PSU draw is an issue. */
function wallToComponents(given: NodePowerParams, issue: (message: string) => void): NodePowerParams {
  try {
    return componentNodePower(given, NAMEPLATE_REFERENCE);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    issue(`${e.message.replace(/^nameplate: /, '')} (powerIncludes: wall-input)`);
    return given;
  }
}

const SOURCES = ['trace', 'poisson', 'profile', 'diurnal'] as const;

export const workloadSchema = z
  .strictObject({
    nodes: nodesSchema,
    jobs: z.strictObject({
      trace: traceSchema.optional(),
      poisson: poissonSchema.optional(),
      profile: profileSchema.optional(),
      diurnal: diurnalSchema.optional(),
    }),
    scheduler: z.enum(['first-fit', 'best-fit']).default('first-fit'),
    // Long jobs take weeks to fill an empty cluster; a warm-up replays jobs before the metered year.
    warmUp: quantity('s', { min: 0, max: 3.2e7 }).default(0).meta({ description: "jobs run before the metered window, e.g. '90 days'" }),
    latency: z.enum(['any', 'east-only']).default('any').meta({ description: "sites that may serve it: any (default), or east-only for latency-bound inference served to eastern users (a west site of sites: is then not simulated)" }),
  })
  .transform((w, ctx): WorkloadParams => {
    const n = w.nodes;
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const given = SOURCES.filter((k) => w.jobs[k] !== undefined);
    if (given.length !== 1) issue(['jobs'], `expected exactly one of trace, poisson, profile, diurnal, got ${given.length === 0 ? 'none' : given.join(', ')}`);
    const table = n.model.kind === 'table' ? n.model : undefined;
    if (!table && n.idlePower === undefined) issue(['nodes', 'idlePower'], `expected a power with a unit like '2 kW' (idle power of one node), got nothing`);
    if (table && table.utilization.length !== table.powerW.length) issue(['nodes', 'model', 'table'], `expected as many power values as utilization values, got ${table.powerW.length} and ${table.utilization.length}`);
    if (!table && n.idlePower !== undefined && n.idlePower > n.peakPower) issue(['nodes', 'idlePower'], `expected at most peakPower (${n.peakPower} W), got ${n.idlePower} W`);
    const asGiven: NodePowerParams = {
      idlePowerW: table ? table.powerW[0] : n.idlePower ?? 0,
      peakPowerW: table ? table.powerW[table.powerW.length - 1] : n.peakPower,
      shape: n.model,
      standbyPowerW: n.standbyPower,
    };
    const nodesOk = !(n.idlePower === undefined && !table) && !(table && table.utilization.length !== table.powerW.length) && !(asGiven.idlePowerW > asGiven.peakPowerW);
    const power = n.powerIncludes === 'components' || !nodesOk ? asGiven : wallToComponents(asGiven, (m) => issue(['nodes', table ? 'model' : 'idlePower'], m));
    let jobs: JobsParams = { kind: 'diurnal', diurnal: { ...DIURNAL_DEFAULTS } };
    const t = w.jobs.trace, p = w.jobs.poisson, f = w.jobs.profile, d = w.jobs.diurnal;
    if (t) {
      const c = t.columns;
      if ((c.duration === undefined) === (c.end === undefined)) issue(['jobs', 'trace', 'columns'], `expected exactly one of duration, end, got ${c.duration === undefined ? 'none' : 'both'}`);
      if ((c.gpus === undefined) === (c.nodes === undefined)) issue(['jobs', 'trace', 'columns'], `expected exactly one of gpus, nodes, got ${c.gpus === undefined ? 'none' : 'both'}`);
      if (t.from !== undefined && t.to !== undefined && !(t.to > t.from)) issue(['jobs', 'trace', 'to'], `expected a time after from (${t.from} s), got ${t.to} s`);
      const { timeUnit, from, to, ...rest } = t;
      jobs = { kind: 'trace', trace: { ...rest, timeUnitS: timeUnit, fromS: from, toS: to, gpusPerNode: n.gpusPerNode } };
    } else if (p) {
      const sizes = p.sizes === undefined ? PHILLY_SIZES : { gpus: Object.keys(p.sizes).map(Number), weights: Object.values(p.sizes) };
      if (!(sizes.weights.reduce((a, b) => a + b, 0) > 0)) issue(['jobs', 'poisson', 'sizes'], 'expected at least one positive weight, got none');
      const dd = p.duration;
      const duration = dd === undefined ? PHILLY_DURATION : 'exponential' in dd
        ? { kind: 'exponential' as const, meanS: dd.exponential.mean }
        : { kind: 'lognormal' as const, medianS: dd.lognormal.median, meanS: dd.lognormal.mean };
      if (duration.kind === 'lognormal' && duration.meanS < duration.medianS) issue(['jobs', 'poisson', 'duration', 'lognormal', 'mean'], `expected a mean at least the median (${duration.medianS} s), got ${duration.meanS} s`);
      jobs = { kind: 'poisson', poisson: { ratePerS: p.rate, sizes, duration, utilization: p.utilization } };
    } else if (f) {
      jobs = { kind: 'profile', profile: { path: f.path, column: f.column, stepS: f.step, repeat: f.repeat, scale: f.scale, skipBadLines: f.skipBadLines } };
    } else if (d) {
      jobs = { kind: 'diurnal', diurnal: { meanUtilization: d.mean, amplitude: d.amplitude, peakHour: d.peakHour, stepS: d.step } };
    }
    return {
      nodes: {
        count: n.count, gpusPerNode: n.gpusPerNode, power, ...(n.powerIncludes === 'wall-input' ? { wallInput: asGiven } : {}),
        powerDownIdle: n.powerDownIdle, powerOnDelayS: n.powerOnDelay,
      },
      jobs,
      scheduler: w.scheduler,
      warmUpS: w.warmUp,
      latency: w.latency,
    };
  });
