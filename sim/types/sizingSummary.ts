/** summary.json's `designs[i].sizing`: what the plant was sized for and what it installs (issue 12 items 7 and 11). */
/** Design-point sizing: all nodes at full load in the design weather of `designPoint.basis`. */
export interface SizingSummary {
  racks: number;
  /** The scenario's rack type (air, liquid-pod, hybrid): what GB 40879-2021's scope is judged by (reports/gb40879.ts). */
  rackType: 'air' | 'liquid-pod' | 'hybrid';
  nodesPerRack: number;
  /** Several node groups: each group's racks (its rack type, count, nodes per rack, design IT power); nodesPerRack above is the first group's. */
  groupRacks?: Array<{ group: string; rackType: 'air' | 'liquid-pod' | 'hybrid'; racks: number; nodesPerRack: number; designItPowerKW: number }>;
  designItPowerKW: number;
  designCoolingPowerKW: number;
  designHeatKW: number;
  liquidHeatFraction: number;
  whiteSpaceM2: number;
  /**
   * The cooling plant's installed equipment by class at the site's design point (redundant units included):
   * units (null where not modelled: pumps, CDUs) and capacity in kW (heat; pumps: rated electric input).
   */
  coolingEquipment: Array<{ equipment: string; units: number | null; installedKW: number }>;
  /** The weather the plant is sized at (site.designBasis), degC, Pa; hours of the file above it. */
  designPoint: {
    basis: string;
    dryBulbC: number;
    meanCoincidentWetBulbC: number;
    wetBulbC: number;
    meanCoincidentDryBulbC: number;
    hoursAboveDryBulb: number;
    hoursAboveWetBulb: number;
    pressurePa: number;
  };
  /** How redundant units run (the rule the simulation applies). */
  staging: string;
  /** Heat rejection at the design point: the typed approach, and the approach with duty units and with all units, K. */
  margins: { liquidRejection?: RejectionMarginSummary; airTower?: RejectionMarginSummary };
}

export interface RejectionMarginSummary {
  equipment: 'dryCooler' | 'tower';
  dutyUnits: number;
  installedUnits: number;
  typedApproachK: number;
  approachDutyUnitsK: number;
  approachAllUnitsK: number;
}
