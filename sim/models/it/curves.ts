/**
 * Published coefficient sets for the IT-side models (PSU efficiency, server
 * fan air flow and fan power). Each set names its source (document, table),
 * its rating conditions and units, and a confidence tag:
 *   P primary text seen, S secondary summary, V vendor claim, D derived here (formula shown), U unverified.
 */

/** PSU efficiency versus load fraction (output / rated output), 0-1, interpolated linearly. */
export interface PsuCurve {
  name: string;
  source: string;
  /** Load fractions, strictly increasing, 0-1. */
  loadFraction: readonly number[];
  /** Efficiency (DC out / AC in) at each load fraction, 0-1. */
  efficiency: readonly number[];
}

/**
 * 80 PLUS Titanium, "230V Internal Redundant" (data-center PSUs): minimum efficiency
 * 90 / 94 / 96 / 91 % at 10 / 20 / 50 / 100 % of rated load.
 * Source: 80 PLUS program (CLEAResult), certification levels table, as reproduced by
 * Wikipedia "80 Plus" and Tom's Hardware "80 PLUS PSU efficiency" (2016), tag S.
 * These are program minimums: a certified unit meets or beats them, so the curve is conservative.
 */
export const PSU_80PLUS_TITANIUM_230V_REDUNDANT: PsuCurve = {
  name: '80plus-titanium',
  source: '80 PLUS (CLEAResult) 230V Internal Redundant, Titanium minimums at 10/20/50/100 % load',
  loadFraction: [0.1, 0.2, 0.5, 1.0],
  efficiency: [0.9, 0.94, 0.96, 0.91],
};

/**
 * 80 PLUS Platinum, "230V Internal Redundant": 90 / 94 / 91 % at 20 / 50 / 100 % load
 * (no 10 % point in the Platinum level; below 20 % the curve is clamped and flagged).
 * Source: as PSU_80PLUS_TITANIUM_230V_REDUNDANT, tag S.
 */
export const PSU_80PLUS_PLATINUM_230V_REDUNDANT: PsuCurve = {
  name: '80plus-platinum',
  source: '80 PLUS (CLEAResult) 230V Internal Redundant, Platinum minimums at 20/50/100 % load',
  loadFraction: [0.2, 0.5, 1.0],
  efficiency: [0.9, 0.94, 0.91],
};

/**
 * Centralized rack power shelf (OCP Open Rack V3 style, AC -> 48 V DC busbar, 3 kW
 * rectifiers, 6 per 18 kW shelf). Peak 97.5 % at 50 % load is the efficiency ORV3
 * rectifier vendors state (tag V). The shape is D: the Titanium curve's loss ratios
 * (1/eff - 1) scaled so that the 50 % point is 97.5 %:
 *   loss(x) = lossTitanium(x) * (1/0.975 - 1) / (1/0.96 - 1) = lossTitanium(x) * 0.6154
 * -> 10 %: 93.6 %, 20 %: 96.2 %, 50 %: 97.5 %, 100 %: 94.3 %.
 * References: OCP Open Rack V3 power system overview (Keyhani & Harris, OCP workshop 2019:
 * 48 V, 3 kW rectifier modules); Aydin & Soin, "Requirements of next generation ORv3 PSU and
 * power shelves", OCP summit (18 kW shelf of 3 kW PSUs). Unverified against a datasheet: U.
 */
export const PSU_ORV3_SHELF: PsuCurve = {
  name: 'orv3-shelf',
  source: 'OCP ORV3 48 V shelf; 97.5 % at 50 % load (vendor claim), Titanium shape scaled (derived)',
  loadFraction: [0.1, 0.2, 0.5, 1.0],
  efficiency: [0.936, 0.962, 0.975, 0.943],
};

export const PSU_CURVES = {
  '80plus-titanium': PSU_80PLUS_TITANIUM_230V_REDUNDANT,
  '80plus-platinum': PSU_80PLUS_PLATINUM_230V_REDUNDANT,
  'orv3-shelf': PSU_ORV3_SHELF,
} as const;
export type PsuCurveName = keyof typeof PSU_CURVES;

/**
 * Air flow fraction of a server versus CPU/GPU loading x (0-1.5) and inlet air
 * temperature y (degC), the EnergyPlus ElectricEquipment:ITE:AirCooled
 * "Air Flow Function of Loading and Air Temperature" biquadratic:
 *   f = c1 + c2*x + c3*x^2 + c4*y + c5*y^2 + c6*x*y,  f(1, referenceInletC) = 1.
 */
export interface FanFlowCurve {
  name: string;
  source: string;
  /** c1..c6 of the biquadratic. */
  coefficients: readonly [number, number, number, number, number, number];
  /** Inlet temperature at which f(1, y) = 1 (the curve's design entering air temperature), degC. */
  referenceInletC: number;
  minLoading: number;
  maxLoading: number;
  minInletC: number;
  maxInletC: number;
  /** Curve output limits (EnergyPlus "Minimum/Maximum Curve Output"). */
  minFlowFraction: number;
  maxFlowFraction: number;
}

/**
 * EnergyPlus example: testfiles/1ZoneDataCenterCRAC_wApproachTemp.idf, Curve:Biquadratic
 * "Data Center Servers Airflow fLoadTemp" = -1.4 + 0.9 x + 0.1 y, x in [0, 1.5],
 * y in [-10, 99] degC, output [0, 99]; design entering air 15 degC (tag P, NREL/EnergyPlus). Evaluated, as
 * EnergyPlus does, at the absolute inlet temperature: 1.0 at full load and 15 degC, 2.0 at 25 degC.
 * Its +10 %/K flow slope is an illustration, not a measured server.
 */
export const FAN_FLOW_ENERGYPLUS_EXAMPLE: FanFlowCurve = {
  name: 'energyplus-example',
  source: 'EnergyPlus testfiles/1ZoneDataCenterCRAC_wApproachTemp.idf, Data Center Servers Airflow fLoadTemp',
  coefficients: [-1.4, 0.9, 0, 0.1, 0, 0],
  referenceInletC: 15,
  minLoading: 0,
  maxLoading: 1.5,
  minInletC: -10,
  maxInletC: 99,
  minFlowFraction: 0,
  maxFlowFraction: 99,
};

/**
 * dctwin default for a GPU server, same biquadratic form, evaluated at the absolute inlet (tag D):
 *   f = 0.6 + 0.4 x + 0.013 (y - 25)  ->  c1 = 0.275, c2 = 0.4, c4 = 0.013
 * - temperature slope 0.013 /K: CALIBRATED so that the default node's wall power (10 % fan share, cube law,
 *   Titanium server PSUs) rises 0.425 %/K between 23 and 30 degC at 60 % load, the middle of the
 *   0.35-0.5 %/K server-power sensitivity measured room-wide over 23-30 degC in two Swiss colocation data
 *   centres ("Temperature optimisation in data centres", arXiv 2025, as summarised by arxivlens.com; tag S).
 *   Checked as a calibration in test/models/it/serverFans.test.ts; held-out comparison with a measured server
 *   (GRC, Dell R410, 27-37 degC) in test/validation/serverFans.validation.test.ts.
 *   (Until issue 12 the slope was 0.065 /K from "23 -> 27 degC doubles fan energy", a weak secondary claim
 *   that gave ~2.6 %/K at the node, five times the measured sensitivity.)
 * - flow at idle 60 % of flow at full load at the same inlet (assumption, U);
 * - output limited to [0.3, 1.6]: fans never stop (minimum PWM) and saturate at full speed (U).
 * Valid inlet range 15-45 degC (ASHRAE A1 allowable low end to A4 high end). f(1, 25 degC) = 1: the node
 * draws its design fan power at full load and a 25 degC inlet.
 */
export const FAN_FLOW_GPU_DEFAULT: FanFlowCurve = {
  name: 'gpu-default',
  source: 'dctwin derived: 0.6 + 0.4 x + 0.013 (y - 25); slope calibrated to 0.35-0.5 %/K measured server-power sensitivity (23-30 degC)',
  coefficients: [0.275, 0.4, 0, 0.013, 0, 0],
  referenceInletC: 25,
  minLoading: 0,
  maxLoading: 1,
  minInletC: 15,
  maxInletC: 45,
  minFlowFraction: 0.3,
  maxFlowFraction: 1.6,
};

export const FAN_FLOW_CURVES = {
  'gpu-default': FAN_FLOW_GPU_DEFAULT,
  'energyplus-example': FAN_FLOW_ENERGYPLUS_EXAMPLE,
} as const;
export type FanFlowCurveName = keyof typeof FAN_FLOW_CURVES;

/**
 * Fan power fraction versus flow fraction, cubic polynomial p0 + p1 f + p2 f^2 + p3 f^3
 * (EnergyPlus "Fan Power Input Function of Flow Curve").
 * - cube: fan affinity law P ~ N^3 ~ flow^3 (EnergyPlus Engineering Reference, Fan:SystemModel /
 *   multi-speed power ratio C1 + C2 N^C3 with C3 = 3), tag P.
 * - energyplus-ecm: the linear "ECM FanPower fFlow" curve (0 + 1.0 f) of the same EnergyPlus testfile, tag P.
 */
export const FAN_POWER_LAWS = {
  cube: [0, 0, 0, 1],
  'energyplus-ecm': [0, 1, 0, 0],
} as const satisfies Record<string, readonly [number, number, number, number]>;
export type FanPowerLawName = keyof typeof FAN_POWER_LAWS;
