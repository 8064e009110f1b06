import { describe, expect, it } from 'vitest';
import { capexLines, facilityCapex } from '../../sim/tco/capex.js';
import type { CapexPrices } from '../../sim/tco/costParams.js';

const base: CapexPrices = {
  powerPricePerW: 3, // 3000 per kW
  cooling: { kind: 'split', airPricePerW: 4, liquidPricePerW: 2 },
  liquidPremiumPricePerW: 1.5,
  whiteSpacePricePerM2: 12000,
  itPricePerW: 0,
};

describe('capexLines', () => {
  it('hand-computed lines for a hybrid design', () => {
    // 1 MW IT, 60 % liquid, 1.2 MW installed cooling, 20 racks x 2.5 m^2
    const lines = capexLines(base, { itRatedW: 1e6, racks: 20, rackFootprintM2: 2.5, liquidFraction: 0.6, coolingRatedW: 1.2e6 });
    expect(lines.powerCapex).toBe(3e6); // 3 per W x 1e6 W
    expect(lines.coolingCapex).toBeCloseTo(1.2e6 * (0.6 * 2 + 0.4 * 4), 6); // 1.2e6 x 2.8 = 3.36e6
    expect(lines.liquidPremiumCapex).toBeCloseTo(1.5 * 1e6 * 0.6, 6); // 9e5
    expect(lines.whiteSpaceCapex).toBe(12000 * 20 * 2.5); // 6e5
    expect(lines.itCapex).toBe(0);
    expect(facilityCapex(lines)).toBeCloseTo(3e6 + 3.36e6 + 9e5 + 6e5, 6);
  });

  it('a single cooling price ignores the liquid share; IT capex counts when priced, outside facility capex', () => {
    const prices: CapexPrices = { ...base, cooling: { kind: 'single', pricePerW: 2.5 }, itPricePerW: 200 };
    const lines = capexLines(prices, { itRatedW: 1e5, racks: 1, rackFootprintM2: 3, liquidFraction: 1, coolingRatedW: 1.1e5 });
    expect(lines.coolingCapex).toBeCloseTo(2.5 * 1.1e5, 6);
    expect(lines.itCapex).toBe(2e7);
    expect(facilityCapex(lines)).toBeCloseTo(lines.powerCapex + lines.coolingCapex + lines.liquidPremiumCapex + lines.whiteSpaceCapex, 6);
  });

  it('per-equipment prices: sum of price x installed capacity per class (hand-computed), design heat ignored', () => {
    const prices: CapexPrices = { ...base, cooling: { kind: 'perEquipment', pricePerWByEquipment: { chillers: 5, towers: 1.5, pumps: 30 } } };
    const coolingEquipment = [
      { equipment: 'chillers', units: 3, capacityW: 2e6 },
      { equipment: 'towers', units: 3, capacityW: 3e6 },
      { equipment: 'pumps', capacityW: 4e4 },
    ];
    const lines = capexLines(prices, { itRatedW: 1e6, racks: 1, rackFootprintM2: 1, liquidFraction: 0, coolingRatedW: 123, coolingEquipment });
    expect(lines.coolingCapex).toBeCloseTo(5 * 2e6 + 1.5 * 3e6 + 30 * 4e4, 6); // 1e7 + 4.5e6 + 1.2e6 = 1.57e7
  });

  it('per-equipment prices: an installed class without a price, or no inventory, is a RangeError (the schema prevents it)', () => {
    const prices: CapexPrices = { ...base, cooling: { kind: 'perEquipment', pricePerWByEquipment: { chillers: 5 } } };
    const input = { itRatedW: 1, racks: 1, rackFootprintM2: 1, liquidFraction: 0, coolingRatedW: 1 };
    expect(() => capexLines(prices, { ...input, coolingEquipment: [{ equipment: 'crahs', units: 2, capacityW: 1 }] })).toThrow(/crahs/);
    expect(() => capexLines(prices, input)).toThrow(RangeError);
  });

  it('rejects a liquid share outside 0-1 (a bug upstream)', () => {
    expect(() => capexLines(base, { itRatedW: 1, racks: 1, rackFootprintM2: 1, liquidFraction: 1.2, coolingRatedW: 1 })).toThrow(RangeError);
  });
});
