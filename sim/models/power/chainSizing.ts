/**
 * Sizing of a design's power chain from its design loads: UPS module count,
 * transformer rating and count, distribution design power, lighting area, misc.
 *
 * Equation:
 *   distribution.designPowerW = designItPowerW
 *   designUpsOutputW = designItPowerW * (1 + distribution.designLossFraction) + mechanicalOnUpsFraction * designMechanicalPowerW
 *   ups.modules = given, or installedUnits(designUpsOutputW, moduleRatingW, redundancy)
 *   designTransformerLoadW = designUpsOutputW + upsLoss(designUpsOutputW)
 *                          + (1 - mechanicalOnUpsFraction) * designMechanicalPowerW + lightingW + miscW
 *   transformer rating = given, or the smallest EU Tier 2 rating >= designTransformerLoadW / powerFactor
 *     (2500 kVA units above 3150 kVA); units = given, or installedUnits(..., redundancy)
 *   lighting.areaM2 = given, or whiteSpaceAreaM2 (racks x footprint x white-space factor, from the caller)
 * Assumptions: one UPS system and one transformer group per design; units share load.
 * Validity: design loads > 0.
 * References: Schneider Electric WP108 (module sizing, 2N at <= 50 %); Regulation (EU) 548/2014 Annex I
 *   Table I.1 Tier 2 (curves.ts); Uptime Institute Tier Standard: Topology (N, N+1, 2N).
 * Validated by: test/models/power/chainSizing.test.ts (hand-computed module and unit counts)
 * @example sizePowerChain(config, { designItPowerW: 1.2e6, designMechanicalPowerW: 3e5, whiteSpaceAreaM2: 500 })
 *   // => ups.modules 4 (3 needed at 500 kW + 1), transformer 2000 kVA x 2 with N+1
 */
import { upsLossW } from './ups.js';
import { installedUnits, type Redundancy } from './redundancy.js';
import { smallestTier2Row, tier2Row } from './transformer.js';
import { lightingW, miscW } from './lighting.js';
import type { PowerChainParams } from './chain.js';
import type { UpsLossCoefficients } from './curves.js';

/** The design's `power` block after normalization (sim/scenario/schema/power.ts). */
export interface PowerChainConfig {
  transformer: {
    ratedVA?: number;
    units?: number;
    noLoadLossW?: number;
    loadLossW?: number;
    powerFactor: number;
    redundancy: Redundancy;
  };
  ups: { coefficients: UpsLossCoefficients; moduleRatingW: number; modules?: number; redundancy: Redundancy };
  distribution: { designLossFraction: number };
  lighting: { densityWPerM2: number; areaM2?: number; onFraction: number };
  misc: { fraction: number } | { powerW: number };
  mechanicalOnUpsFraction: number;
}

export interface PowerChainDesign {
  /** Design IT power at the IT input (ratedItPowerW of it/itPower.ts), W. */
  designItPowerW: number;
  /** Design (peak) mechanical power of the cooling plant, W. */
  designMechanicalPowerW: number;
  /** White-space area when lighting.area is not given, m^2. */
  whiteSpaceAreaM2: number;
}

/** Apparent power of the 2500 kVA units used above the largest Tier 2 rating (3150 kVA): a common LV unit size. */
const LARGE_SITE_UNIT_VA = 2500e3;

export function sizePowerChain(config: PowerChainConfig, design: PowerChainDesign): PowerChainParams {
  if (!(design.designItPowerW > 0)) throw new RangeError(`chainSizing: designItPowerW must be > 0, got ${design.designItPowerW}`);
  const onUps = config.mechanicalOnUpsFraction;
  const upsOutputW = design.designItPowerW * (1 + config.distribution.designLossFraction) + onUps * design.designMechanicalPowerW;
  const modules = config.ups.modules ?? installedUnits(upsOutputW, config.ups.moduleRatingW, config.ups.redundancy);
  const ups = { coefficients: config.ups.coefficients, moduleRatingW: config.ups.moduleRatingW, modules };
  const lighting = { ...config.lighting, areaM2: config.lighting.areaM2 ?? design.whiteSpaceAreaM2 };
  const misc = miscW(config.misc, design.designItPowerW);
  const loadW = upsOutputW + upsLossW(ups, { outputW: upsOutputW }).lossW
    + (1 - onUps) * design.designMechanicalPowerW + lightingW(lighting) + misc;
  const t = config.transformer;
  const apparentVA = loadW / t.powerFactor;
  const row = t.ratedVA !== undefined ? tier2Row(t.ratedVA) : smallestTier2Row(apparentVA) ?? tier2Row(LARGE_SITE_UNIT_VA);
  const ratedVA = t.ratedVA ?? row!.ratedVA;
  const noLoadLossW = t.noLoadLossW ?? row?.noLoadLossW;
  const loadLossW = t.loadLossW ?? row?.loadLossW;
  if (noLoadLossW === undefined || loadLossW === undefined) {
    throw new RangeError(`chainSizing: transformer rating ${ratedVA} VA is not a Tier 2 table rating; give its losses`);
  }
  return {
    distribution: { designLossFraction: config.distribution.designLossFraction, designPowerW: design.designItPowerW },
    ups,
    transformer: {
      ratedVA,
      units: t.units ?? installedUnits(apparentVA, ratedVA, t.redundancy),
      noLoadLossW,
      loadLossW,
      powerFactor: t.powerFactor,
    },
    lighting,
    miscW: misc,
    mechanicalOnUpsFraction: onUps,
  };
}
