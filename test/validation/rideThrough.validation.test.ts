/**
 * The lumped room model's heat-up rate against the published rates of test/validation/data/room-heat-up-rates.csv
 * (sources in its header). What this can and cannot show:
 *   - Hosting365 (2008) is an anecdote: one room "at capacity", about 2 degC/min, with no size, height or density
 *     published. The model is run for a room of the era as the test states it (1 kW/m2 of white space: 2008 rooms
 *     were designed for 0.5-1.1 kW/m2, i.e. 50-100 W/ft2, tag U; racks at 2.5 m2 each, 4 m of air) and must land
 *     within a factor of 3 of 2 degC/min. The default participating IT mass was chosen with this figure in view,
 *     so this is a plausibility check against an anecdotal source, not an independent validation; the wide
 *     tolerance reflects the unknown room and that a room's mean and its hottest inlet differ by several K.
 *   - The air-only rate must match the research notes' derived 0.2 K/s for 1 MW in 1000 m2 x 4 m (within 10 %),
 *     and fall outside Hosting365's band: air alone cannot explain a real room, the IT metal has to be counted
 *     (Khankari 2011: the rate starts at the air-only value and decays as the solids couple).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { roomHeatCapacityJPerK } from '../../sim/models/resilience/loopCapacitance.js';
import { airRoomRideThrough } from '../../sim/models/resilience/rideThrough.js';
import { temperatureAfter } from '../../sim/models/resilience/thermalMass.js';

interface Row { source: string; heat_density_w_per_m2: string; room_height_m: string; rate_k_per_min: string }
const rows: Row[] = parse(readFileSync(new URL('./data/room-heat-up-rates.csv', import.meta.url), 'utf8'), { columns: true, comment: '#', skip_empty_lines: true });
const rateKPerMin = (source: string) => Number(rows.find((r) => r.source === source)!.rate_k_per_min);

// The stated 2008 room: 1000 m2 at 1 kW/m2, 2.5 m2 of white space per rack, 4 m of air, supply 20 degC.
const ERA_ROOM = { heatW: 1e6, whiteSpaceAreaM2: 1000, racks: 1000 / 2.5, supplyAirC: 20 };
const FACTOR = 3;

describe('room heat-up rate after a total cooling loss', () => {
  it('plausibility check against an anecdotal source (Hosting365 2008, ~2 degC/min): within a factor of 3', () => {
    // the rise over the first minute, integrated by the lumped model with the room's capacity
    const heatCapacityJPerK = roomHeatCapacityJPerK({ whiteSpaceAreaM2: 1000, roomHeightM: 4, racks: ERA_ROOM.racks, participatingMassKgPerRack: 200, airTempC: 20 });
    const modelKPerMin = temperatureAfter({ tempC: 20 }, { heatCapacityJPerK, conductanceWPerK: 0, ambientC: 20 }, 60, ERA_ROOM.heatW, 0).tempC - 20;
    expect(airRoomRideThrough(ERA_ROOM).heatUpKPerS * 60).toBeCloseTo(modelKPerMin, 9); // rideThrough uses the same defaults
    const publishedKPerMin = rateKPerMin('hosting365');
    expect(modelKPerMin).toBeGreaterThan(publishedKPerMin / FACTOR);
    expect(modelKPerMin).toBeLessThan(publishedKPerMin * FACTOR);
    // For the record (not asserted): 0.5 kW/m2 gives 0.67 K/min, 1.5 kW/m2 gives 2.0 K/min; the density is the
    // unknown that dominates, which is why the band is wide.
  });

  it('air alone heats at the derived ~0.2 K/s (12 K/min, within 10 %), far faster than any real room reported', () => {
    const airOnly = airRoomRideThrough({ ...ERA_ROOM, racks: 0, supplyAirC: 24 });
    expect(Math.abs(airOnly.heatUpKPerS * 60 / rateKPerMin('notes-air-only') - 1)).toBeLessThan(0.1);
    expect(airOnly.heatUpKPerS * 60).toBeGreaterThan(rateKPerMin('hosting365') * FACTOR);
  });
});
