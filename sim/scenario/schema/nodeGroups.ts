/**
 * Zod fragment of `workload.nodes`: one map (today's single cluster, the default H100-class node) or a list
 * of node groups (the XPU pool), each with a name, an accelerator type, count, power model, memory per
 * accelerator and speed per job class. Output: NodeGroupParams[] (SI), one per group in the order written.
 * Wall-input figures (the datasheet's system input) are converted to component power here (nameplate.ts).
 */
import { z } from 'zod';
import { count, fraction, plainNumber, quantity } from '../fields.js';
import { DGX_H100_GPUS, DGX_H100_PEAK_POWER_W, type NodePowerParams, type NodePowerShape } from '../../models/it/nodePower.js';
import { componentNodePower, type NameplateReference } from '../../models/it/nameplate.js';
import { MAX_NODE_GROUPS, type NodeGroupParams } from '../../models/workload/nodeGroup.js';
import { DEFAULT_IT } from './it.js';
import { ACCELERATOR_IDS, acceleratorById, type AcceleratorRecord } from '../../models/it/accelerators.js';

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

const nodeFields = {
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
};

const speedSchema = z.strictObject({
  training: plainNumber({ above: 0 }, 'a relative speed').optional(),
  inference: plainNumber({ above: 0 }, 'a relative speed').optional(),
  batch: plainNumber({ above: 0 }, 'a relative speed').optional(),
}).meta({ description: 'work per second relative to the reference accelerator (speed 1: a job runs its trace duration), per job class; default the catalogue record\'s, else 1' });

const groupSchema = z.strictObject({
  name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/, 'expected a name of letters, digits, - and _ (up to 40), like h100'),
  accelerator: z.string().min(1).max(40).optional()
    .meta({ description: `a catalogue id (${ACCELERATOR_IDS.join(', ')}: gives GPUs per node, node power, memory and speeds) or your own label with idlePower and peakPower` }),
  ...nodeFields,
  // Without defaults here: a catalogue record fills what the group leaves out.
  gpusPerNode: count(1).optional(),
  peakPower: quantity('W', { above: 0 }).optional(),
  powerIncludes: nodeFields.powerIncludes.removeDefault().optional(),
  memory: quantity('B', { min: 0 }).optional().meta({ description: "accelerator memory per GPU, e.g. '80 GB' (jobs needing more do not run here)" }),
  speed: speedSchema.optional(),
  tokensPerSecond: plainNumber({ above: 0 }, 'tokens per second per accelerator').optional()
    .meta({ description: 'inference throughput per accelerator on a stated reference workload (energy per 1,000 tokens)' }),
});

type NodeFields = z.output<z.ZodObject<typeof nodeFields>>;
type Issue = (path: (string | number)[], message: string) => void;

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

/** One group's power figures, checked and converted; `at` is the path of the group. */
function groupPower(n: NodeFields, at: (string | number)[], issue: Issue): Pick<NodeGroupParams, 'power' | 'wallInput'> {
  const table = n.model.kind === 'table' ? n.model : undefined;
  if (!table && n.idlePower === undefined) issue([...at, 'idlePower'], `expected a power with a unit like '2 kW' (idle power of one node), got nothing`);
  if (table && table.utilization.length !== table.powerW.length) issue([...at, 'model', 'table'], `expected as many power values as utilization values, got ${table.powerW.length} and ${table.utilization.length}`);
  if (!table && n.idlePower !== undefined && n.idlePower > n.peakPower) issue([...at, 'idlePower'], `expected at most peakPower (${n.peakPower} W), got ${n.idlePower} W`);
  const asGiven: NodePowerParams = {
    idlePowerW: table ? table.powerW[0] : n.idlePower ?? 0,
    peakPowerW: table ? table.powerW[table.powerW.length - 1] : n.peakPower,
    shape: n.model,
    standbyPowerW: n.standbyPower,
  };
  const ok = !(n.idlePower === undefined && !table) && !(table && table.utilization.length !== table.powerW.length) && !(asGiven.idlePowerW > asGiven.peakPowerW);
  const power = n.powerIncludes === 'components' || !ok ? asGiven : wallToComponents(asGiven, (m) => issue([...at, table ? 'model' : 'idlePower'], m));
  return { power, ...(n.powerIncludes === 'wall-input' ? { wallInput: asGiven } : {}) };
}

const base = (n: NodeFields): Pick<NodeGroupParams, 'count' | 'gpusPerNode' | 'powerDownIdle' | 'powerOnDelayS'> =>
  ({ count: n.count, gpusPerNode: n.gpusPerNode, powerDownIdle: n.powerDownIdle, powerOnDelayS: n.powerOnDelay });

/** A group's figures: what it writes, else its catalogue record's, else the single-node defaults. */
function filled(g: z.output<typeof groupSchema>, at: (string | number)[], issue: Issue): { n: NodeFields; record?: AcceleratorRecord } {
  const record = g.accelerator === undefined ? undefined : acceleratorById(g.accelerator);
  const unknown = g.accelerator !== undefined && record === undefined && (g.idlePower === undefined || g.peakPower === undefined) && g.model.kind !== 'table';
  if (unknown) issue([...at, 'accelerator'], `expected a catalogue id (${ACCELERATOR_IDS.join(', ')}), or idlePower and peakPower with your own label, got '${g.accelerator}'`);
  const n: NodeFields = {
    ...g,
    gpusPerNode: g.gpusPerNode ?? record?.gpusPerNode ?? DGX_H100_GPUS,
    // One message per problem: an unknown id is the problem, not the idle power it would have given.
    idlePower: g.idlePower ?? record?.node.idlePowerW ?? (unknown ? 0 : undefined),
    peakPower: g.peakPower ?? record?.node.peakPowerW ?? DGX_H100_PEAK_POWER_W,
    powerIncludes: unknown ? 'components' : g.powerIncludes ?? record?.node.includes ?? 'wall-input',
  };
  return { n, ...(record ? { record } : {}) };
}

/** `workload.nodes`: a map (one group named `nodes`) or a list of named groups. */
export const nodeGroupsSchema = z.union([
  z.strictObject(nodeFields),
  z.array(groupSchema).min(1).max(MAX_NODE_GROUPS),
]);

/** The parsed `workload.nodes` as NodeGroupParams[], with every problem reported under `nodes`. */
export function nodeGroupsOf(nodes: z.output<typeof nodeGroupsSchema>, issue: Issue): NodeGroupParams[] {
  if (!Array.isArray(nodes)) {
    return [{ id: 'nodes', ...base(nodes), ...groupPower(nodes, ['nodes'], issue), memoryBytes: 0, speed: [1, 1, 1] }];
  }
  const seen = new Set<string>();
  return nodes.map((g, i) => {
    if (seen.has(g.name)) issue(['nodes', i, 'name'], `expected a name no other group has, got '${g.name}' twice`);
    seen.add(g.name);
    const { n, record } = filled(g, ['nodes', i], issue);
    const speed = {
      training: g.speed?.training ?? record?.speed.training ?? 1,
      inference: g.speed?.inference ?? record?.speed.inference ?? 1,
      batch: g.speed?.batch ?? record?.speed.batch ?? 1,
    };
    const tokens = g.tokensPerSecond ?? record?.inferenceTokensPerSecond;
    return {
      id: g.name, ...(g.accelerator === undefined ? {} : { accelerator: g.accelerator }),
      ...base(n), ...groupPower(n, ['nodes', i], issue),
      memoryBytes: g.memory ?? record?.memoryBytes ?? 0,
      speed: [speed.training, speed.inference, speed.batch],
      ...(tokens === undefined ? {} : { tokensPerSecondPerGpu: tokens }),
    };
  });
}
