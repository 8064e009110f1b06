/** summary.json's `designs[i].tco`: the five-year TCO, its lines, and where each money input came from. */
export interface TcoSummary {
  currency: string;
  horizonYears: number;
  discountRate: number;
  /** Present value of all costs over the horizon. */
  total: number;
  capex: number;
  /** Present value of opex over the horizon. */
  opex: number;
  perITKW: number;
  /** Levelized cost per IT kWh: total / present value of IT kWh over the horizon; null when no IT energy. */
  perItKWh?: number | null;
  /** Present value by line; adds up to total. */
  lines: Record<string, number>;
  /** Undiscounted cash flow by year, year 0 = capex. */
  cashFlows: number[];
  /** Which cost inputs are cited defaults and which came from the scenario. */
  sources: Record<string, string>;
  /** The money defaults this design's TCO applied (inputs the scenario left out), each with its value and source. */
  assumptions?: MoneyAssumption[];
  /** Levelized TCO per MWh of IT energy: total / PV of IT MWh over the horizon (both discounted); null without IT energy. */
  perItMWh?: number | null;
  /** Levelized TCO per GPU-hour served: total / PV of GPU-hours allocated to jobs over the horizon; null without any. */
  perGpuHour?: number | null;
  /** Each capex input with its source or 'assumption' (catalogue picks carry their record and conversion). */
  inputs?: CostInput[];
}

/** One money default applied to a design: the scenario field left out, the value used (in `unit`) and its source. */
export interface MoneyAssumption {
  /** The field under the design, e.g. `costs.discountRate`. */
  input: string;
  value: number;
  unit: string;
  source: string;
}

/** One capex input of a design's TCO with where it came from (summary.json `tco.inputs`). */
export interface CostInput {
  /** Cost line path in the scenario, e.g. `capex.power`, `capex.cooling.chillers`. */
  line: string;
  /** Price in the scenario currency per `unit`'s denominator. */
  price: number;
  /** e.g. 'CNY/kW', 'CNY/m^2'. */
  unit: string;
  /** Source with page, or 'assumption' (a typed number, or a catalogue record tagged U with its reasoning). */
  source: string;
  /** Catalogue record id when picked, with its tag (P primary, S secondary, U assumption). */
  entry?: string;
  tag?: 'P' | 'S' | 'U';
  /** How the price was obtained: published value, cost year, escalation and exchange factors with their sources. */
  basis?: string;
  /** Catalogue range converted like price; the default uncertainty of the line. */
  lowPrice?: number;
  highPrice?: number;
}
