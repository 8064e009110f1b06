/**
 * Airside economizer: outdoor air through louvers, filters and dampers, mixed with return air to the supply
 * setpoint, with optional direct evaporative cooling (wetted media or misting) and adiabatic humidification;
 * a chilled-water (or DX) coil trims what the outdoor air cannot do. Per kg of supply air, steady state.
 *
 * Equation (outdoor state from dry bulb, wet bulb and pressure; moisture limits at the IT inlet = the supply):
 *   W_out = W(dryBulb, wetBulb, p)  h_out = h(dryBulb, W_out)  W_max = W_dp(maxDewPointC)  W_min = W_dp(minDewPointC)
 *   lockout (mode mechanical, dampers at minimum = 0): W_out > W_max, dryBulb > highLimitDryBulbC or h_out > highLimitEnthalpy
 *   adiabatic conditioning of the outdoor stream, liquid water entering at the outlet temperature t (the adiabatic
 *     saturation balance of eq. 33): 1006 t + W (2.501e6 + 1860 t) = h_out + (W - W_out) 4186 t, so
 *     t(W) = (h_out - 2.501e6 W) / (1006 + 1860 W - 4186 (W - W_out))  and  W(t) = (h_out - 1006 t - 4186 t W_out) / (2.501e6 - 2326 t)
 *     humidify to W_low = max(W_out, W_min) if `humidify`, else W_low = W_out;  t_low = t(h_out, W_low)
 *   t_low <= supply: mix, outdoorFraction = (return - supply) / (return - t_low); W_supply = W_low; free
 *   otherwise 100 % outdoor air; the pads add water up to W_cap = min(max(W_evap, W_low), W_max), where
 *     W_evap is the humidity at the media outlet t = dryBulb - effectiveness (dryBulb - wetBulb);
 *     W(supply) <= W_cap: free (the pads are modulated to the setpoint)
 *     else t_cap = t(W_cap) < return: partial, freeFraction = (return - t_cap) / (return - supply)
 *     else: lockout (differential dry bulb after the pads: the outdoor air no longer helps)
 *   addedWaterPerSupplyKg = outdoorFraction * (W_supply - W_out)     (evaporated into the outdoor stream)
 * Assumptions: no latent load in the white space, so the room humidity ratio equals the supply's (the recirculated
 *   air carries the same moisture); no dehumidification on outdoor air (humid air is locked out instead, the
 *   recirculating coil then runs as without an economizer); evaporation and misting are adiabatic, the water entering
 *   at the outlet air temperature (so a perfect cooler ends exactly at the thermodynamic wet bulb); mixing is linear
 *   in temperature (streams of one humidity ratio);
 *   humidification holds the lower dew point only when `humidify` (otherwise dry hours still economize, below the
 *   band); no dead bands or minimum damper positions (hourly steps).
 * Units: temperatures degC, humidity ratios kg water per kg dry air, enthalpy J per kg dry air, fractions 0-1.
 * Validity: returnAirC > supplyAirC, effectiveness 0..1, minDewPointC < maxDewPointC (RangeError otherwise).
 * References: ASHRAE Handbook Fundamentals 2017 ch. 1 eq. 30 (moist-air enthalpy) and 33 (wet bulb), via
 *   psychrometrics.ts; direct evaporative cooler t_out = t_db - eff (t_db - t_wb): EnergyPlus Engineering Reference,
 *   "Direct Evaporative Cooler" (EvaporativeCooler:Direct:CelDekPad / ResearchSpecial); high-limit shutoff types
 *   (fixed dry bulb, fixed enthalpy + fixed dry bulb: 24 degC and 66 kJ/kg) per ASHRAE 90.1-2016 Table 6.5.1.1.3
 *   as encoded in Modelica Buildings Controls/OBC/ASHRAE/G36/Generic/AirEconomizerHighLimits.mo; moisture band
 *   (upper 15 degC dew point and 60 % RH, inlet 18-27 degC) per ASHRAE TC9.9's recommended envelope as quoted
 *   by D. Beaty, first chair of TC9.9 (https://datacenterpost.com/data-center-temperature-ashraes/); modes
 *   free / partial / mechanical as the waterside economizer (economizer.ts).
 * Validated by: test/models/cooling/airsideEconomizer.test.ts (hand-computed states, moist-air energy balance),
 *   test/validation/metaPrineville.validation.test.ts (whole facility against Meta's measured PUE and WUE)
 * @example airsideEconomizer(params, { dryBulbC: 10, wetBulbC: 5, pressurePa: 101325 }).outdoorFraction // => 12 / 26 at 24/36 degC
 */
import { enthalpyJPerKg, humidityRatioFromDewPoint, humidityRatioFromWetBulb } from '../climate/psychrometrics.js';
import type { PlantMode } from './economizer.js';

export interface AirsideEconomizerParams {
  supplyAirC: number;
  returnAirC: number;
  /** Upper moisture limit at the supply (the lower of the dew-point and the relative-humidity limits), degC. */
  maxDewPointC: number;
  /** Lower moisture limit, degC: humidified up to it when `humidify`. */
  minDewPointC: number;
  humidify: boolean;
  /** Direct evaporative cooler saturation effectiveness, 0 = none. */
  evaporativeEffectiveness: number;
  /** Fixed high limits; Infinity = none. */
  highLimitDryBulbC: number;
  highLimitEnthalpyJPerKg: number;
}

export interface AirsideWeather {
  dryBulbC: number;
  wetBulbC: number;
  pressurePa: number;
}

export interface AirsideEconomizerOutput {
  mode: PlantMode;
  /** Share of the air-side heat the outdoor air removes (the coil takes the rest). */
  freeFraction: number;
  /** Outdoor air per kg of supply air. */
  outdoorFraction: number;
  /** Water evaporated into the outdoor stream (pads, mist) per kg of supply air, kg/kg. */
  addedWaterPerSupplyKg: number;
  /** Humidity ratio of the supply air, kg/kg (the outdoor air's in lockout). */
  supplyHumidityRatio: number;
}

const LATENT_J_PER_KG = 2.501e6; // eq. 30 and 33 constants
const CP_DRY_J_PER_KG_K = 1006;
const CP_VAPOR_J_PER_KG_K = 1860;
const CP_LIQUID_J_PER_KG_K = 4186;

/** Outlet dry bulb of air (enthalpy hIn, humidity wIn) brought adiabatically to humidity w, the water entering at the outlet temperature. */
const tempAt = (hIn: number, wIn: number, w: number): number =>
  (hIn - LATENT_J_PER_KG * w) / (CP_DRY_J_PER_KG_K + CP_VAPOR_J_PER_KG_K * w - CP_LIQUID_J_PER_KG_K * (w - wIn));
/** Outlet humidity ratio of the same process at outlet dry bulb t (at saturation: ASHRAE eq. 33). */
const humidityAt = (hIn: number, wIn: number, t: number): number =>
  (hIn - CP_DRY_J_PER_KG_K * t - CP_LIQUID_J_PER_KG_K * t * wIn) / (LATENT_J_PER_KG - (CP_LIQUID_J_PER_KG_K - CP_VAPOR_J_PER_KG_K) * t);

export const newAirsideEconomizerOutput = (): AirsideEconomizerOutput => ({
  mode: 'mechanical', freeFraction: 0, outdoorFraction: 0, addedWaterPerSupplyKg: 0, supplyHumidityRatio: 0,
});

export function airsideEconomizer(p: AirsideEconomizerParams, w: AirsideWeather): AirsideEconomizerOutput {
  return airsideEconomizerInto(p, w, newAirsideEconomizerOutput());
}

function set(out: AirsideEconomizerOutput, mode: PlantMode, freeFraction: number, outdoorFraction: number, added: number, supplyW: number) {
  out.mode = mode;
  out.freeFraction = freeFraction;
  out.outdoorFraction = outdoorFraction;
  out.addedWaterPerSupplyKg = added;
  out.supplyHumidityRatio = supplyW;
  return out;
}

/** airsideEconomizer writing every field of `out` and returning it (the per-step path: no record allocated). */
export function airsideEconomizerInto(p: AirsideEconomizerParams, w: AirsideWeather, out: AirsideEconomizerOutput): AirsideEconomizerOutput {
  const { supplyAirC: supplyC, returnAirC: returnC } = p;
  if (!(returnC > supplyC) || !(p.evaporativeEffectiveness >= 0 && p.evaporativeEffectiveness <= 1) || !(p.minDewPointC < p.maxDewPointC)) {
    throw new RangeError(`airside economizer: need return > supply, effectiveness 0..1 and minDewPoint < maxDewPoint, got ${returnC}, ${supplyC}, `
      + `${p.evaporativeEffectiveness}, ${p.minDewPointC}, ${p.maxDewPointC}`);
  }
  const wOut = humidityRatioFromWetBulb(w.dryBulbC, w.wetBulbC, w.pressurePa);
  const hOut = enthalpyJPerKg(w.dryBulbC, wOut);
  const wMax = humidityRatioFromDewPoint(p.maxDewPointC, w.pressurePa);
  if (wOut > wMax || w.dryBulbC > p.highLimitDryBulbC || hOut > p.highLimitEnthalpyJPerKg) return set(out, 'mechanical', 0, 0, 0, wOut);
  const wLow = p.humidify ? Math.max(wOut, Math.min(humidityRatioFromDewPoint(p.minDewPointC, w.pressurePa), wMax)) : wOut;
  const tLow = tempAt(hOut, wOut, wLow);
  if (tLow <= supplyC) {
    const outdoorFraction = (returnC - supplyC) / (returnC - tLow);
    return set(out, 'free', 1, outdoorFraction, outdoorFraction * (wLow - wOut), wLow);
  }
  const wetBulbCapC = w.dryBulbC - p.evaporativeEffectiveness * (w.dryBulbC - Math.min(w.wetBulbC, w.dryBulbC));
  const wCap = Math.min(Math.max(humidityAt(hOut, wOut, wetBulbCapC), wLow), wMax);
  const wAtSupply = humidityAt(hOut, wOut, supplyC);
  if (wAtSupply <= wCap) return set(out, 'free', 1, 1, wAtSupply - wOut, wAtSupply);
  const tCap = tempAt(hOut, wOut, wCap);
  if (!(tCap < returnC)) return set(out, 'mechanical', 0, 0, 0, wOut);
  return set(out, 'partial', (returnC - tCap) / (returnC - supplyC), 1, wCap - wOut, wCap);
}
