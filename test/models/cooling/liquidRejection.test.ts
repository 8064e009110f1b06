import { describe, expect, it } from 'vitest';
import { newRejectionWorkspace, rejectInto, setRejectionLoop } from '../../../sim/models/cooling/liquidRejection.js';
import { dryCooler, sizeDryCooler } from '../../../sim/models/cooling/dryCooler.js';
import { coolingTower, sizeCoolingTower } from '../../../sim/models/cooling/coolingTower.js';
import { seriesRejection } from '../../../sim/models/cooling/seriesRejection.js';

const dry = sizeDryCooler({ ratedHeatW: 1e6, designAirInC: 26, designApproachK: 6, designRangeK: 5 });
const tower = sizeCoolingTower({ ratedHeatW: 1e6, designWetBulbC: 24, designApproachK: 4, designRangeK: 5 });
const w = { dryBulbC: 20, wetBulbC: 14, pressurePa: 101325 };

describe('rejectInto dispatches to the chosen unit (unit test: same numbers as the component called directly)', () => {
  const ws = newRejectionWorkspace();
  it('dry cooler and tower', () => {
    expect(rejectInto({ kind: 'dryCooler', unit: dry }, 8e5, w, 30, ws)).toEqual(dryCooler(dry, { heatW: 8e5, ...w, leavingSetpointC: 30 }));
    expect(rejectInto({ kind: 'tower', unit: tower }, 8e5, w, 25, ws)).toEqual(coolingTower(tower, { heatW: 8e5, dryBulbC: w.dryBulbC, wetBulbC: 14, pressurePa: 101325, leavingSetpointC: 25 }));
  });
  it('series, with the loop state set for the step', () => {
    setRejectionLoop(ws, 37, 2e5);
    const unit = { dryCooler: dry, tower };
    expect(rejectInto({ kind: 'series', unit }, 1e6, { ...w, dryBulbC: 28 }, 32, ws))
      .toEqual(seriesRejection(unit, { heatW: 1e6, ...w, dryBulbC: 28, leavingSetpointC: 32, enteringC: 37, loopCapacityWPerK: 2e5 }));
  });
});
