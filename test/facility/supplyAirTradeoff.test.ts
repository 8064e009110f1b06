/**
 * Direction test of issue 12 item 2: raising the room supply air of an air-cooled design trades
 * chiller and plant energy against server-fan (IT) energy, the trade-off TUE exists to show.
 *
 * Each case is the default scenario's air-cooled design with its air temperatures reset together,
 * as an operator resets a real plant: return air = supply + 12 K, chilled water supply = supply - 9 K,
 * chilled water return = supply - 3 K (the default scenario's 24/36/15/21 degC, shifted). Each case is
 * sized on the Hangzhou file (as simulate() does) and run a year at 60 % utilization, all nodes on.
 * Before issue 12 the servers' inlet was the design inlet whatever the supply air, so IT energy was
 * identical in every case (this test failed).
 */
import { describe, expect, it } from 'vitest';
import { DesignRun } from '../../sim/simulation/designRun.js';
import type { Design } from '../../sim/scenario/schema.js';
import type { Weather } from '../../sim/models/climate/weather.js';
import type { StepInput } from '../../sim/simulation/stepInput.js';
import { WEATHER, channelsOf, clusterState, defaultScenario, readWeather, sizeAll, sumAt } from './plants.js';

const scenario = defaultScenario();
const hangzhou = readWeather(WEATHER.hangzhou);
const air = scenario.designs.find((d) => d.id === 'air-cooled')!;

function atSupplyAir(d: Design, supplyC: number): Design {
  const a = d.cooling.air!;
  return {
    ...d,
    cooling: { ...d.cooling, air: { ...a, supplyAirC: supplyC, returnAirC: supplyC + 12, chilledWaterSupplyC: supplyC - 9, chilledWaterReturnC: supplyC - 3 } },
  };
}

function yearRun(plant: DesignRun['plant'], w: Weather, state: Pick<StepInput, 'computePowerW' | 'poweredNodes' | 'meanUtilization' | 'groups' | 'inService'>): DesignRun {
  const run = new DesignRun(plant, w.hours);
  for (let h = 0; h < w.hours; h++) run.evaluate(h * 3600, 3600, { ...state, dryBulbC: w.dryBulbC[h], wetBulbC: w.wetBulbC[h], pressurePa: w.pressurePa[h] });
  return run;
}

describe('supply air 18 -> 27 degC: server fans (IT) up, cooling plant down', () => {
  const supplies = [18, 21, 24, 27];
  const state = clusterState(scenario, scenario.workload.groups[0].count, 0.6);
  const results = supplies.map((s) => {
    const [sized] = sizeAll(scenario, hangzhou, [atSupplyAir(air, s)]);
    const run = yearRun(sized.plant, hangzhou, state);
    return { it: sumAt(run.energyJ, channelsOf(run, 'it')), cooling: sumAt(run.energyJ, channelsOf(run, 'cooling')) };
  });

  it('IT energy rises with supply air (server fans speed up)', () => {
    for (let i = 1; i < results.length; i++) expect(results[i].it, `${supplies[i]} vs ${supplies[i - 1]} degC`).toBeGreaterThan(results[i - 1].it);
  });

  it('cooling energy falls with supply air (warmer chilled water, more economizer hours)', () => {
    for (let i = 1; i < results.length; i++) expect(results[i].cooling, `${supplies[i]} vs ${supplies[i - 1]} degC`).toBeLessThan(results[i - 1].cooling);
  });
});

describe('sizing: supply air above the rating inlet', () => {
  it('the power chain carries the full-load draw at the supply air when it is hotter than the 25 degC rating inlet', () => {
    const [at24, at27] = sizeAll(scenario, hangzhou, [atSupplyAir(air, 24), atSupplyAir(air, 27)]);
    // rated IT (nameplate: 10.2 kW a node at 25 degC) is the same; at 27 degC the fans draw more than rated
    expect(at27.designItPowerW).toBe(at24.designItPowerW);
    expect(at24.plant.power.distribution.designPowerW).toBe(at24.designItPowerW);
    expect(at27.plant.power.distribution.designPowerW).toBeGreaterThan(at27.designItPowerW);
  });
});
