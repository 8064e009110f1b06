/**
 * The accelerator catalogue: per accelerator type, its board power, memory, the reference node it ships in
 * (the node's wall-input idle and peak power, what a dctwin node group takes) and its speed relative to
 * NVIDIA H100 SXM per job class. A scenario's node group names a record (`accelerator: h100-sxm`) to take
 * its defaults. The published figures and their sources are in acceleratorCatalogue.ts; this file derives.
 *
 * Equation (per record; H = the h100-sxm entry):
 *   nodePeakW = the vendor's stated system maximum (wall input), or, where none was found,
 *               gpusPerNode * (boardPowerW + hostPerSlotW)
 *               hostPerSlotW = (H.nodePeakW - H.gpusPerNode * H.boardPowerW) / H.gpusPerNode = 575 W for an 8-way
 *               OAM/SXM baseboard server (DGX H100's non-GPU share: CPUs, switches, NICs, fans, PSU loss),
 *               PCIE_HOST_PER_SLOT_W = 250 W for a server without a switch baseboard (PCIe cards; V100 SXM2)
 *   nodeIdleW = the stated idle, or nodePeakW * (H.nodeIdleW / H.nodePeakW)   (= 2.0 / 10.2 of peak)
 *   speed.training = speed.batch = denseMatrixFlopsPerS / H.denseMatrixFlopsPerS
 *   speed.inference = tokensPerS / H.tokensPerS where MLPerf has both, else the FLOP/s ratio above
 *   inferenceTokensPerSecond = MLPerf system tokens/s / accelerators in that system
 *   A speed is work per accelerator per second relative to H100 SXM: a job of class c that takes t seconds on
 *   H100s takes t / speed[c] seconds on the same number of these accelerators.
 * Assumptions: board power is the accelerator board's maximum rating (chip + HBM/GDDR + VRM), for reference
 *   only: dctwin draws node power. Node figures are wall input (fans and PSU losses included), so node groups
 *   take them with powerIncludes: wall-input. Idle power was published for none of these nodes; the default
 *   node's 2.0 kW / 10.2 kW idle share is applied to all. Training and batch speeds are dense 16-bit FLOP/s
 *   ratios (no MLPerf Training figure used); where MLPerf Inference has no result the inference speed is the
 *   FLOP/s ratio too, which the MLPerf pairs show to be off by up to ~40 % either way
 *   (test/validation/acceleratorSpeeds.validation.test.ts). B200's MLPerf result is a preview run with FP4.
 * Validity: reference workloads only; real speed-ups are model-, precision- and software-dependent. The
 *   node is the vendor's reference node (DGX/HGX 8-way, or 8 PCIe cards), not every OEM server.
 * References: acceleratorCatalogue.ts (each figure's source); NVIDIA DGX H100 datasheet (10.2 kW);
 *   MLPerf Inference v4.1 results (mlcommons/inference_results_v4.1).
 * Validated by: test/models/it/accelerators.test.ts; test/validation/acceleratorSpeeds.validation.test.ts
 */
import { kWFromW } from '../../units.js';
import { CATALOGUE, type CatalogueEntry, type SourceNote } from './acceleratorCatalogue.js';

export type JobClass = 'training' | 'inference' | 'batch';
export type Provenance = 'cited' | 'assumption';
/** One figure's value as text (e.g. '700 W'), where it comes from and whether a source states it. */
export interface FigureSource { value: string; source: string; provenance: Provenance }

export interface AcceleratorRecord {
  /** kebab-case, e.g. 'h100-sxm'. */
  id: string;
  vendor: string;
  name: string;
  /** Accelerator board maximum power (chip + board + memory), W; for reference only. */
  boardPowerW: number;
  /** Memory per accelerator (HBM/GDDR), bytes. */
  memoryBytes: number;
  /** Accelerators in the reference node. */
  gpusPerNode: number;
  /** The reference node's draw, what a dctwin node group takes; `includes` says what the figures cover. */
  node: { idlePowerW: number; peakPowerW: number; includes: 'wall-input' | 'components' };
  /** Work per accelerator per second relative to NVIDIA H100 SXM (= 1), per job class. */
  speed: Record<JobClass, number>;
  /** Per accelerator, MLPerf Inference v4.1 Llama-2-70B Offline, where a result exists. */
  inferenceTokensPerSecond?: number;
  /** Keyed by field: boardPowerW, memoryBytes, nodePeak, nodeIdle, speed.training, speed.inference, speed.batch, inferenceTokensPerSecond. */
  sources: Record<string, FigureSource>;
}

/** Host share of a PCIe card server per card slot, W: assumption (round figure below DGX H100's 575 W, no switch baseboard). */
export const PCIE_HOST_PER_SLOT_W = 250;

const reference = CATALOGUE.find((e) => e.id === 'h100-sxm')!;
const referencePeakW = statedPeakW(reference)!;
const referenceIdleW = reference.nodeIdle!.idlePowerW;
/** DGX H100's non-GPU share of its 10.2 kW per GPU slot: (10,200 - 8 x 700) / 8 = 575 W. */
export const BASEBOARD_HOST_PER_SLOT_W = (referencePeakW - reference.gpusPerNode * reference.boardPowerW) / reference.gpusPerNode;
/** The default node's idle share of peak, 2.0 kW / 10.2 kW. */
export const DEFAULT_IDLE_SHARE = referenceIdleW / referencePeakW;
const referenceTokensPerS = tokensPerAcceleratorPerS(reference)!;

function statedPeakW(e: CatalogueEntry): number | undefined {
  return e.nodePeak.kind === 'stated' ? e.nodePeak.peakPowerW : undefined;
}

function tokensPerAcceleratorPerS(e: CatalogueEntry): number | undefined {
  return e.mlperf ? e.mlperf.systemTokensPerS / e.mlperf.accelerators : undefined;
}

const kW = (w: number) => `${+kWFromW(w).toFixed(3)} kW`;
const ratio = (x: number) => `${+x.toFixed(3)}`;
const figure = (value: string, note: SourceNote): FigureSource => ({ value, ...note });
const assumed = (value: string, source: string): FigureSource => ({ value, source, provenance: 'assumption' });

function nodePower(e: CatalogueEntry) {
  const stated = statedPeakW(e);
  const hostW = e.nodePeak.kind === 'pcie' ? PCIE_HOST_PER_SLOT_W : BASEBOARD_HOST_PER_SLOT_W;
  const peakPowerW = stated ?? e.gpusPerNode * (e.boardPowerW + hostW);
  const idlePowerW = e.nodeIdle?.idlePowerW ?? peakPowerW * DEFAULT_IDLE_SHARE;
  const peakSource = e.nodePeak.kind === 'stated'
    ? figure(kW(peakPowerW), e.nodePeak.source)
    : assumed(kW(peakPowerW), `no system maximum found: ${e.gpusPerNode} x (${e.boardPowerW} W board + ${hostW} W host per slot, ` +
      (e.nodePeak.kind === 'pcie' ? 'PCIE_HOST_PER_SLOT_W: a server without a switch baseboard' : "DGX H100's non-GPU share") + '); wall input');
  const idleSource = e.nodeIdle
    ? figure(kW(idlePowerW), e.nodeIdle.source)
    : assumed(kW(idlePowerW), `no idle figure found: peak x ${referenceIdleW} W / ${referencePeakW} W, the default node's idle share`);
  return { node: { idlePowerW, peakPowerW, includes: 'wall-input' as const }, peakSource, idleSource };
}

function speeds(e: CatalogueEntry) {
  const flopsRatio = e.denseMatrixFlopsPerS / reference.denseMatrixFlopsPerS;
  const tokensPerS = tokensPerAcceleratorPerS(e);
  const inference = tokensPerS === undefined ? flopsRatio : tokensPerS / referenceTokensPerS;
  const isReference = e === reference;
  const flopsText = `${+(e.denseMatrixFlopsPerS / 1e12).toFixed(2)} / ${+(reference.denseMatrixFlopsPerS / 1e12).toFixed(2)} TFLOPS dense 16-bit (${e.sources.denseMatrixFlopsPerS.source})`;
  const flopsSource = (what: string): FigureSource => isReference
    ? { value: '1', source: 'the reference accelerator, 1 by definition', provenance: 'cited' }
    : assumed(ratio(flopsRatio), `assumption: TFLOPS ratio${what}, ${flopsText}`);
  return {
    speed: { training: flopsRatio, inference, batch: flopsRatio },
    tokensPerS,
    sources: {
      'speed.training': flopsSource(' (no MLPerf Training figure used)'),
      'speed.batch': flopsSource(' (batch jobs taken to scale like training; no reference benchmark)'),
      'speed.inference': tokensPerS === undefined
        ? flopsSource(' (no MLPerf Inference result; the ratio overstates or understates by up to ~40 %)')
        : isReference ? flopsSource('') : figure(ratio(inference), {
          source: `MLPerf tokens/s per accelerator ratio ${+tokensPerS.toFixed(2)} / ${+referenceTokensPerS.toFixed(2)}: ${e.mlperf!.source.source}`,
          provenance: e.mlperf!.source.provenance,
        }),
      ...(tokensPerS === undefined ? {} : { inferenceTokensPerSecond: figure(`${+tokensPerS.toFixed(2)} tokens/s`, {
        source: `${e.mlperf!.systemTokensPerS} tokens/s / ${e.mlperf!.accelerators} accelerators: ${e.mlperf!.source.source}`,
        provenance: e.mlperf!.source.provenance,
      }) }),
    },
  };
}

function toRecord(e: CatalogueEntry): AcceleratorRecord {
  const power = nodePower(e);
  const s = speeds(e);
  return {
    id: e.id, vendor: e.vendor, name: e.name, boardPowerW: e.boardPowerW, memoryBytes: e.memoryBytes, gpusPerNode: e.gpusPerNode,
    node: power.node,
    speed: s.speed,
    ...(s.tokensPerS === undefined ? {} : { inferenceTokensPerSecond: s.tokensPerS }),
    sources: {
      boardPowerW: figure(`${e.boardPowerW} W`, e.sources.boardPowerW),
      memoryBytes: figure(`${e.memoryBytes / 1e9} GB`, e.sources.memoryBytes),
      nodePeak: power.peakSource,
      nodeIdle: power.idleSource,
      ...s.sources,
    },
  };
}

/** Frozen all the way down: records are shared defaults, so no caller may change another's. */
function frozen(r: AcceleratorRecord): AcceleratorRecord {
  for (const part of [r.node, r.speed, r.sources, ...Object.values(r.sources)]) Object.freeze(part);
  return Object.freeze(r);
}

export const ACCELERATORS: readonly AcceleratorRecord[] = Object.freeze(CATALOGUE.map((e) => frozen(toRecord(e))));
export const ACCELERATOR_IDS: readonly string[] = ACCELERATORS.map((a) => a.id);

/** The record with this id, or undefined. */
export function acceleratorById(id: string): AcceleratorRecord | undefined {
  return ACCELERATORS.find((a) => a.id === id);
}
