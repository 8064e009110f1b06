/**
 * Facility-test helpers: the default scenario's designs sized once against a
 * real weather file (as simulate.ts does), fresh DesignRuns on those fixed
 * plants, cluster states that follow the node power curve, and one design
 * hour evaluated on a chosen state.
 */
import { resolve } from 'node:path';
import { loadScenario } from '../../sim/scenario/load.js';
import type { Design, Scenario } from '../../sim/scenario/schema.js';
import { loadWeather, type Weather } from '../../sim/models/climate/weather.js';
import { designConditions } from '../../sim/models/climate/designConditions.js';
import { standardPressurePa } from '../../sim/models/climate/psychrometrics.js';
import { nodePowerCurve } from '../../sim/models/it/nodePower.js';
import { sizeDesign, type SizedDesign } from '../../sim/simulation/sizeDesign.js';
import { DesignRun } from '../../sim/simulation/designRun.js';
import type { DesignPlant } from '../../sim/simulation/composeStep.js';
import { NO_FAILURES, NO_GROUPS, type StepInput } from '../../sim/simulation/stepInput.js';

export const WEATHER = {
  hangzhou: 'scenarios/weather/CHN_Zhejiang.Hangzhou.584570_CSWD.epw',
  phoenix: 'scenarios/weather/USA_AZ_Phoenix-Sky.Harbor.Intl.AP.722780_TMY3.epw',
} as const;

export const defaultScenario = (): Scenario => loadScenario(resolve('scenarios/default.yaml')).scenario;

export const readWeather = (path: string): Weather => loadWeather({ kind: 'file', path: resolve(path) });

/** Sizes `designs` (default: the scenario's) at the design point of `weather`, exactly as simulate() does. */
export function sizeAll(scenario: Scenario, weather: Weather, designs: readonly Design[] = scenario.designs): SizedDesign[] {
  const conditions = designConditions(weather);
  const pressurePa = standardPressurePa(weather.station.elevationM);
  return designs.map((d) => sizeDesign(d, scenario.workload, conditions, pressurePa));
}

/** A design of the scenario with its liquid plant's adiabatic assist removed (pure dry cooler). */
export function withoutAdiabatic(d: Design): Design {
  const liquid = d.cooling.liquid;
  if (liquid === undefined || liquid.rejection.kind !== 'dryCooler') return d;
  const { adiabatic: _a, ...dry } = liquid.rejection;
  return { ...d, cooling: { ...d.cooling, liquid: { ...liquid, rejection: dry } } };
}

/** Cluster state of `poweredNodes` nodes at `utilization` on the scenario's node power curve. */
export function clusterState(scenario: Scenario, poweredNodes: number, utilization: number): Pick<StepInput, 'computePowerW' | 'poweredNodes' | 'meanUtilization' | 'groups' | 'inService'> {
  const perNodeW = nodePowerCurve(scenario.workload.groups[0].power)(utilization);
  return { computePowerW: poweredNodes * perNodeW, poweredNodes, meanUtilization: utilization, groups: NO_GROUPS, inService: NO_FAILURES };
}

/** Channel indices of a run by category. */
export function channelsOf(run: DesignRun, category: 'it' | 'cooling' | 'power' | 'misc'): number[] {
  return run.channels.flatMap((name, i) => (run.category[name] === category ? [i] : []));
}

export const sumAt = (a: Float64Array, idx: readonly number[]): number => idx.reduce((s, i) => s + a[i], 0);
export const total = (a: Float64Array): number => a.reduce((s, v) => s + v, 0);

/** Energy per channel, J, of one hour of `plant` at state `s` (a fresh single-hour run). */
export function hourEnergyJ(plant: DesignPlant, s: StepInput): { run: DesignRun; energyJ: Float64Array } {
  const run = new DesignRun(plant, 1);
  run.evaluate(0, 3600, s);
  return { run, energyJ: run.energyJ };
}
