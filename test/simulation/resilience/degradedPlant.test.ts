/**
 * The plant with units out (degradedPlant.ts) on the default designs sized at Hangzhou: a dry-cooler bank out
 * makes the remaining fans work harder for the same heat (the loop holds its water with fewer units), a chiller
 * out leaves the others to carry the load, a UPS module out raises the loss share of those left; units in
 * service change nothing; and a design run split at an outage meters the degraded plant only for that part.
 */
import { describe, expect, it } from 'vitest';
import { degradedPlant } from '../../../sim/simulation/resilience/degradedPlant.js';
import { designUnits } from '../../../sim/simulation/resilience/designUnits.js';
import { composeStep, newStepWorkspace } from '../../../sim/simulation/composeStep.js';
import { DesignRun } from '../../../sim/simulation/designRun.js';
import { NO_FAILURES, type StepInput } from '../../../sim/simulation/stepInput.js';
import { WEATHER, clusterState, defaultScenario, readWeather, sizeAll } from '../../facility/plants.js';

const scenario = defaultScenario();
const [liquid, air] = sizeAll(scenario, readWeather(WEATHER.hangzhou));
const nodes = scenario.workload.groups[0].count;
const hot: StepInput = { ...clusterState(scenario, nodes, 0.9), dryBulbC: 33, wetBulbC: 27, pressurePa: 101_325, inService: NO_FAILURES };
const channel = (plant: typeof liquid.plant, name: string) => {
  const out = composeStep(plant, hot, newStepWorkspace());
  return { out, watts: (k: string) => out.coolingW[plant.cooling.components.indexOf(k)], name };
};

describe('degradedPlant', () => {
  const liquidGroups = designUnits(scenario.designs[0], liquid, 1);
  const airGroups = designUnits(scenario.designs[1], air, 1);
  const full = (groups: typeof liquidGroups) => Float64Array.from(groups, (g) => g.installed);

  it('with every unit in service is the same plant', () => {
    const plant = degradedPlant(liquid.plant, liquidGroups, full(liquidGroups));
    expect(plant.cooling).toBe(liquid.plant.cooling);
    expect(plant.power).toBe(liquid.plant.power);
  });

  it('a dry-cooler bank out: the same heat takes more fan power from the banks left', () => {
    const k = liquidGroups.findIndex((g) => g.id === 'dryCooler');
    const v = full(liquidGroups);
    v[k] -= 1;
    const healthy = channel(liquid.plant, 'healthy');
    const degraded = channel(degradedPlant(liquid.plant, liquidGroups, v), 'one bank out');
    expect(degraded.out.liquidHeatW).toBe(healthy.out.liquidHeatW);
    expect(degraded.watts('dryCoolerFans') + degraded.watts('trimChiller')).toBeGreaterThan(healthy.watts('dryCoolerFans') + healthy.watts('trimChiller'));
  });

  it('a chiller out: the bank has one unit fewer and the CRAHs, towers and UPS keep theirs', () => {
    const k = airGroups.findIndex((g) => g.id === 'chiller');
    const v = full(airGroups);
    v[k] -= 1;
    const plant = degradedPlant(air.plant, airGroups, v);
    expect(plant.cooling.air!.chillers.installed).toBe(air.plant.cooling.air!.chillers.installed - 1);
    expect(plant.cooling.air!.crah).toBe(air.plant.cooling.air!.crah);
    expect(plant.power).toBe(air.plant.power);
  });

  it('a UPS module out: the modules left carry the load at a higher loss', () => {
    const k = airGroups.findIndex((g) => g.id === 'ups');
    const v = full(airGroups);
    v[k] -= 1;
    const plant = degradedPlant(air.plant, airGroups, v);
    expect(plant.power.ups.modules).toBe(air.plant.power.ups.modules - 1);
    const loss = (p: typeof plant) => composeStep(p, hot, newStepWorkspace()).chain.upsLossW;
    expect(loss(plant)).not.toBe(loss(air.plant));
  });

  it('a run split at an outage meters the degraded plant for that part only', () => {
    const k = liquidGroups.findIndex((g) => g.id === 'dryCooler');
    const out = full(liquidGroups);
    out[k] -= 1;
    const availability = { atS: [0, 1800], inService: [full(liquidGroups), out], full: [true, false] };
    const split = new DesignRun(liquid.plant, 1);
    split.setAvailability(availability, (v) => degradedPlant(liquid.plant, liquidGroups, v));
    split.evaluate(0, 3600, hot);
    const whole = new DesignRun(liquid.plant, 1);
    whole.evaluate(0, 3600, hot);
    const half = new DesignRun(degradedPlant(liquid.plant, liquidGroups, out), 1);
    half.evaluate(0, 3600, hot);
    // Half an hour healthy, half an hour with the bank out: the mean of the two whole-hour runs, channel by channel.
    split.energyJ.forEach((e, i) => expect(e).toBeCloseTo((whole.energyJ[i] + half.energyJ[i]) / 2, 3));
    expect(split.degradedS).toBe(1800);
  });
});
