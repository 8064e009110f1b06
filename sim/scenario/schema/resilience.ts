/**
 * Zod fragment of the scenario's `resilience:` block (issue 16): failures drawn from each component class's rates
 * over a horizon, scripted what-if outages, planned maintenance, the thermal limits and the power path's
 * ride-through; converted to resilienceSpec.ts's SI ResilienceSpec with its defaults. Without the block a run
 * has no failures and its outputs are unchanged.
 *
 *   resilience:
 *     years: 5
 *     samples: 200
 *     events: [{ at: hottest, fail: chiller, units: 1, for: 6 h }, { at: 07-22T14:00, fail: cduPump, units: 1, for: 4 h }]
 *     maintenance: [{ class: chiller, every: 365 days, for: 168 h }]
 *     ups: { battery: 10 min }
 *     costs: { gpuHour: 15 CNY/h, repair: { chiller: 20000 CNY } }
 */
import { z } from 'zod';
import { count, fraction, price, quantity } from '../fields.js';
import { COMPONENT_CLASSES } from '../../models/resilience/componentReliability.js';
import { RESILIENCE_DEFAULTS as D, type OutageClass, type ResilienceSpec, type ScriptedEvent } from '../../models/resilience/resilienceSpec.js';
import { HOURS_PER_YEAR, SECONDS_PER_HOUR, SECONDS_PER_DAY } from '../../units.js';
import { hourOfYear } from '../../models/climate/calendar.js';

const OUTAGE_CLASSES = COMPONENT_CLASSES.filter((c): c is OutageClass => c !== 'generatorStart');
/** Short names a planner writes for a class. */
const ALIASES: Record<string, OutageClass> = { cdu: 'cduPump', tower: 'coolingTowerCell', dryCooler: 'dryCoolerFanBank', ups: 'upsModule', utility: 'utilityFeed' };
const outageClass = z.string().transform((raw, ctx): OutageClass => {
  const c = (ALIASES[raw] ?? raw) as OutageClass;
  if (OUTAGE_CLASSES.includes(c)) return c;
  ctx.addIssue({ code: 'custom', message: `expected a component class (${OUTAGE_CLASSES.join(', ')}; or ${Object.keys(ALIASES).join(', ')}), got '${raw}'` });
  return z.NEVER;
}).meta({ description: `component class: ${OUTAGE_CLASSES.join(', ')}` });


/** `hottest`, or a local time in the weather year: `07-22T14:00`, `2026-07-22T14:00` (the year is not read), `year 2 07-22T14:00`. */
const eventTime = z.union([z.string(), z.date()]).transform((raw, ctx): ScriptedEvent['at'] => {
  if (raw === 'hottest') return { kind: 'hottest' };
  const text = raw instanceof Date ? raw.toISOString().slice(0, 16) : raw.trim();
  const m = /^(?:year (\d+) )?(?:\d{4}-)?(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::00(?:\.000)?Z?)?$/.exec(text);
  const hour = m === null ? -1 : hourOfYear(Number(m[2]), Number(m[3]), Number(m[4]));
  const minute = Number(m?.[5]);
  const year = Number(m?.[1] ?? 1);
  if (hour < 0 || minute > 59 || !(year >= 1 && year <= 30)) {
    ctx.addIssue({ code: 'custom', message: `expected 'hottest' or a local time like '07-22T14:00' (or 'year 2 07-22T14:00'), got '${String(raw)}'` });
    return z.NEVER;
  }
  return { kind: 'time', startS: ((year - 1) * HOURS_PER_YEAR + hour) * SECONDS_PER_HOUR + minute * 60 };
}).meta({ type: 'string', description: "'hottest' (the weather year's hottest hour) or a local time like '07-22T14:00'" } as Record<string, unknown>);

const duration = (what: string, min: number, max: number) => quantity('s', { min, max }).meta({ description: what });

export const resilienceSchema = z.strictObject({
  years: count(1, 30).optional().meta({ description: 'horizon of the failure histories, years (default 5)' }),
  failures: z.enum(['random', 'none']).optional().meta({ description: "'random' (default): failures at each class's rates; 'none': scripted and planned outages only" }),
  samples: count(0, 5000).optional().meta({ description: 'failure histories for the distributions (default 200; 0: none)' }),
  events: z.array(z.strictObject({
    at: eventTime,
    fail: outageClass,
    units: count(1, 100).optional().meta({ description: 'units taken out (default 1)' }),
    for: duration("how long, e.g. '6 h'", 60, 365 * SECONDS_PER_DAY),
  })).max(100).optional().meta({ description: 'scripted outages (what-ifs)' }),
  maintenance: z.array(z.strictObject({
    class: outageClass,
    every: duration("interval at which each unit is maintained, e.g. '365 days'", SECONDS_PER_DAY, 10 * 365 * SECONDS_PER_DAY),
    for: duration("duration of one unit's maintenance, e.g. '168 h'", 60, 60 * SECONDS_PER_DAY),
  })).max(20).optional().meta({ description: 'planned maintenance, one unit at a time' }),
  limits: z.strictObject({
    throttleInlet: quantity('degC', { min: 15, max: 60 }).optional(),
    shutdownInlet: quantity('degC', { min: 15, max: 70 }).optional(),
    throttleCoolant: quantity('degC', { min: 15, max: 70 }).optional(),
    shutdownCoolant: quantity('degC', { min: 15, max: 80 }).optional(),
  }).optional().meta({ description: 'server inlet and coolant supply limits: throttle (default 32 / 40 degC) and shutdown (40 / 45 degC)' }),
  throttle: fraction({ min: 0.1, max: 1 }).optional().meta({ description: "IT power (and work rate) under throttling, e.g. '70 %'" }),
  restart: duration("nodes back after cooling holds again, e.g. '30 min'", 0, 7 * SECONDS_PER_DAY).optional(),
  checkpoint: duration("checkpoint interval of the jobs, e.g. '1 h'", 0, 7 * SECONDS_PER_DAY).optional(),
  ups: z.strictObject({ battery: duration("battery ride-through at design load, e.g. '10 min'", 0, 4 * SECONDS_PER_HOUR) }).optional(),
  generator: z.strictObject({
    start: duration("start and transfer time, e.g. '10 s'", 0, 600).optional(),
    unitRating: quantity('W', { above: 0 }).optional().meta({ description: "one generator's rating, e.g. '2.5 MW'" }),
    redundancy: z.enum(['N', 'N+1', '2N']).optional(),
    chillerRestart: duration("chillers' restart after a transfer, e.g. '30 min'", 0, 4 * SECONDS_PER_HOUR).optional(),
  }).optional(),
  utilityFeeds: count(1, 2).optional().meta({ description: 'independent utility feeds (default 1)' }),
  chilledWaterStorage: quantity('L', { min: 0, max: 1e7 }).optional().meta({ description: "chilled-water buffer tank beyond the piping, e.g. '50000 L' (default none)" }),
  costs: z.strictObject({
    gpuHour: price('s').optional().meta({ description: "value of one lost GPU-hour of work, e.g. '15 CNY/h'" }),
    repair: z.partialRecord(z.enum(OUTAGE_CLASSES as [OutageClass, ...OutageClass[]]), price()).optional()
      .meta({ description: "cost of one repair per class, e.g. { chiller: '20000 CNY' }" }),
  }).optional(),
}).transform((r, ctx): ResilienceSpec => {
  const limits = {
    throttleInletC: r.limits?.throttleInlet ?? D.limits.throttleInletC,
    shutdownInletC: r.limits?.shutdownInlet ?? D.limits.shutdownInletC,
    throttleCoolantC: r.limits?.throttleCoolant ?? D.limits.throttleCoolantC,
    shutdownCoolantC: r.limits?.shutdownCoolant ?? D.limits.shutdownCoolantC,
  };
  if (!(limits.throttleInletC < limits.shutdownInletC)) ctx.addIssue({ code: 'custom', path: ['limits'], message: `expected throttleInlet below shutdownInlet, got ${limits.throttleInletC} and ${limits.shutdownInletC} degC` });
  if (!(limits.throttleCoolantC < limits.shutdownCoolantC)) ctx.addIssue({ code: 'custom', path: ['limits'], message: `expected throttleCoolant below shutdownCoolant, got ${limits.throttleCoolantC} and ${limits.shutdownCoolantC} degC` });
  const years = r.years ?? D.years;
  r.events?.forEach((e, i) => {
    const yearS = 365 * 24 * SECONDS_PER_HOUR;
    if (e.at.kind === 'time' && e.at.startS >= years * yearS) ctx.addIssue({ code: 'custom', path: ['events', i, 'at'], message: `expected a time within the ${years}-year horizon, got year ${Math.floor(e.at.startS / yearS) + 1}` });
  });
  const repairCosts = Object.entries(r.costs?.repair ?? {}).flatMap(([k, v]) => (v === undefined ? [] : [{ componentClass: k as OutageClass, cost: v.amount }]));
  return {
    years,
    failures: r.failures ?? D.failures,
    samples: r.samples ?? D.samples,
    events: (r.events ?? []).map((e) => ({ at: e.at, fail: e.fail, units: e.units ?? 1, forS: e.for })),
    maintenance: (r.maintenance ?? []).map((m) => ({ class: m.class, everyS: m.every, forS: m.for })),
    limits,
    throttleFraction: r.throttle ?? D.throttleFraction,
    restartS: r.restart ?? D.restartS,
    checkpointS: r.checkpoint ?? D.checkpointS,
    upsBatteryS: r.ups?.battery ?? D.upsBatteryS,
    generatorStartS: r.generator?.start ?? D.generatorStartS,
    chillerRestartS: r.generator?.chillerRestart ?? D.chillerRestartS,
    generatorUnitW: r.generator?.unitRating ?? D.generatorUnitW,
    generatorRedundancy: r.generator?.redundancy ?? D.generatorRedundancy,
    utilityFeeds: (r.utilityFeeds ?? D.utilityFeeds) as 1 | 2,
    chilledWaterStorageL: r.chilledWaterStorage ?? D.chilledWaterStorageL,
    lostGpuHourCost: (r.costs?.gpuHour?.amount ?? 0) * SECONDS_PER_HOUR,
    repairCosts,
  };
}).meta({ description: 'failures, redundancy and ride-through (issue 16): random and scripted outages, thermal limits, what lost work and repairs cost' });
