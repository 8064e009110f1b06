/**
 * What procurement and planners read next to the physics: each design's TCO
 * (with the money defaults it applied, and a warning when the discount rate is a
 * default not stated for the scenario's currency), its difference to the first
 * design (with the payback of a capex premium), and how many of its racks fit
 * under the site's grid limit.
 *
 * Capacity, assumption: facility power scales with the number of racks at the
 * same per-rack load (linear scaling of the simulated worst hour and of the
 * design point); fixed loads (lighting) make this slightly conservative.
 */
import type { SimulationResult } from '../simulate.js';
import { totalGpus } from '../models/workload/nodeGroup.js';
import type { SizedDesign } from '../simulation/sizeDesign.js';
import type { Design } from '../scenario/schema.js';
import type { HourlyTable } from '../types/hourly.js';
import type { CapacitySummary, ComparisonSummary, DesignSummary, SizingSummary, Summary } from '../types/summary.js';
import { computeTco } from '../tco/tco.js';
import { discountRateWarning } from '../tco/costParams.js';
import { premiumPayback } from '../tco/npv.js';
import { timestamp } from '../metrics/summary.js';
import { jFromKWh, kWFromW } from '../units.js';

/** Footprint of the design's racks, m^2: its racks' own, or with node groups in their own rack types the racks' mean. */
function meanFootprintM2(spec: Design, sized: SizedDesign): number {
  if (sized.groupRacks === undefined) return spec.racks.footprintM2;
  const areaM2 = sized.groupRacks.reduce((a, g) => a + g.racks * (spec.groupRacks?.[g.group] ?? spec.racks).footprintM2, 0);
  return sized.racks > 0 ? areaM2 / sized.racks : spec.racks.footprintM2;
}

export function sizingSummary(s: SizedDesign, nodesPerRack: number, rackType: SizingSummary['rackType']): SizingSummary {
  const heatW = s.designLiquidHeatW + s.designAirHeatW;
  return {
    racks: s.racks,
    rackType,
    nodesPerRack,
    ...(s.groupRacks === undefined ? {} : {
      groupRacks: s.groupRacks.map((g) => ({ group: g.group, rackType: g.rackType, racks: g.racks, nodesPerRack: g.nodesPerRack, designItPowerKW: kWFromW(g.designItPowerW) })),
    }),
    designItPowerKW: kWFromW(s.designItPowerW),
    designCoolingPowerKW: kWFromW(s.designCoolingPowerW),
    designHeatKW: kWFromW(heatW),
    liquidHeatFraction: heatW > 0 ? s.designLiquidHeatW / heatW : 0,
    whiteSpaceM2: s.whiteSpaceAreaM2,
    coolingEquipment: s.coolingEquipment.map((e) => ({ equipment: e.equipment, units: e.units ?? null, installedKW: kWFromW(e.capacityW) })),
    designPoint: { ...s.designWeather },
    staging: s.staging,
    margins: { ...s.margins },
  };
}

/** Adds sizing, TCO, comparison and capacity to each design of a summary (in place). */
export function addDecisions(summary: Summary, hourly: HourlyTable, result: SimulationResult): void {
  const { scenario } = result;
  const years = scenario.site.years;
  // GPU-hours served = allocation (GPU-seconds allocated to jobs / installed) x installed GPU-hours; a profile's mean utilization.
  const gpus = totalGpus(scenario.workload.groups);
  summary.designs.forEach((d, i) => {
    const sized = result.sizing[i];
    const spec = scenario.designs[i];
    d.sizing = sizingSummary(sized, sized.nodesPerRack, spec.racks.type);
    if (spec.costs !== undefined) {
      const m = d.metrics;
      d.tco = computeTco(spec.costs, scenario.currency, {
        itRatedW: sized.designItPowerW,
        racks: sized.racks,
        rackFootprintM2: meanFootprintM2(spec, sized),
        liquidFraction: d.sizing.liquidHeatFraction,
        coolingRatedW: sized.designLiquidHeatW + sized.designAirHeatW,
        coolingEquipment: sized.coolingEquipment,
        hourlyFacilityPowerW: hourly.designs[i].facilityPowerW,
        hourOfDay: hourly.hourOfDay,
        month: hourly.month,
        annualItEnergyJ: jFromKWh(m.itEnergyKWh) / years,
        annualWaterL: m.waterL / years,
        annualEmissionsKg: m.emissionsKg / years,
        peakFacilityPowerW: m.facilityPowerKW.peak * 1000,
        annualGpuHours: d.jobs.allocation * gpus * (result.hours / years),
        transformerInstalledVA: sized.plant.power.transformer.ratedVA * sized.plant.power.transformer.units,
        powerFactor: sized.plant.power.transformer.powerFactor,
        pue: m.pue,
        ...(d.resilience === undefined ? {} : { resilience: d.resilience.costs }),
      });
      const surcharge = spec.costs.pueSurcharge;
      if (surcharge !== undefined) {
        const pueLimit = surcharge.tiers[0].pueThresholdRatio;
        d.policy = { pueLimit, source: d.tco.sources['energy.pueSurcharge'], pass: m.pue <= pueLimit, surchargeTotal: d.tco.lines.pueSurchargeOpex };
      }
      const warning = discountRateWarning(spec.costs, scenario.currency, i);
      if (warning !== undefined) summary.warnings.push(warning);
    }
    const siteLimit = scenario.site.pueLimit;
    if (siteLimit !== undefined) {
      // The site's own limit (a site record or site.pueLimit) is what the design is judged by; a tariff surcharge stays in surchargeTotal.
      const pue = d.metrics.pue;
      d.policy = { pueLimit: siteLimit.pueRatio, source: siteLimit.source, pass: pue <= siteLimit.pueRatio, surchargeTotal: d.tco?.lines.pueSurchargeOpex ?? 0 };
    }
    const limitW = scenario.site.gridLimitW;
    if (limitW !== undefined) d.capacity = capacity(d, sized, hourly, limitW);
  });
  const first = summary.designs[0];
  for (const d of summary.designs.slice(1)) d.comparison = compare(first, d);
}

function compare(a: DesignSummary, b: DesignSummary): ComparisonSummary {
  const c: ComparisonSummary = {
    versus: a.id,
    facilityEnergyKWh: b.metrics.facilityEnergyKWh - a.metrics.facilityEnergyKWh,
    pue: b.metrics.pue - a.metrics.pue,
    waterL: b.metrics.waterL - a.metrics.waterL,
    emissionsKg: b.metrics.emissionsKg - a.metrics.emissionsKg,
  };
  if (a.tco && b.tco && a.tco.horizonYears === b.tco.horizonYears) {
    c.capex = b.tco.capex - a.tco.capex;
    c.opex = b.tco.opex - a.tco.opex;
    c.tco = b.tco.total - a.tco.total;
    c.tcoSavingsFraction = (a.tco.total - b.tco.total) / a.tco.total;
    // Payback of whichever design pays the premium: B over A when B costs more up front, else A over B.
    const p = c.capex >= 0
      ? premiumPayback(a.tco.cashFlows, b.tco.cashFlows, b.tco.discountRate)
      : premiumPayback(b.tco.cashFlows, a.tco.cashFlows, a.tco.discountRate);
    c.simplePaybackYears = p.simpleYears;
    c.discountedPaybackYears = p.discountedYears;
  }
  return c;
}

function capacity(d: DesignSummary, sized: SizedDesign, hourly: HourlyTable, limitW: number): CapacitySummary {
  const m = d.metrics;
  const racks = sized.racks;
  const peakW = m.facilityPowerKW.peak * 1000;
  const designFacilityW = sized.designFacilityPowerW;
  const h = m.peakHour.hour;
  return {
    gridLimitKW: kWFromW(limitW),
    racks,
    peakFacilityKWPerRack: kWFromW(peakW / racks),
    racksFitAtSimulatedLoad: Math.floor(limitW / (peakW / racks)),
    designFacilityKWPerRack: kWFromW(designFacilityW / racks),
    racksFitAtDesignLoad: Math.floor(limitW / (designFacilityW / racks)),
    bindingHour: { hour: h, timestamp: timestamp(hourly, h), facilityKW: m.facilityPowerKW.peak, dryBulbC: hourly.dryBulbC[h], wetBulbC: hourly.wetBulbC[h] },
    fits: peakW <= limitW,
  };
}
