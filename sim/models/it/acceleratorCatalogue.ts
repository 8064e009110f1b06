/**
 * The accelerator catalogue's published figures, one entry per accelerator, each with where it came from.
 * accelerators.ts turns them into the records dctwin uses (node power, relative speeds); this file only
 * holds what a source states or what we chose, never a figure derived from others.
 *
 * Equation: none here (data); the derivations are in accelerators.ts.
 * Assumptions: 'cited' means a vendor document (datasheet, user guide, white paper, launch announcement) or a
 *   primary benchmark record (MLPerf) states the figure, read directly or through the named report of it;
 *   'assumption' means only third-party spec pages state it, or it is our choice. Sizes in GB are 1e9 bytes.
 * Validity: board powers are maximum (TDP/TBP/TGP) ratings; memory is per accelerator; MLPerf figures are
 *   system tokens/s on one reference workload (Llama-2-70B, Offline, closed division, v4.1).
 * References: in each entry; MLPerf logs read at mlcommons/inference_results_v4.1 commit
 *   a2f5d66d17e8f75c02fd74dfe810ecca6a046696; pointer list /work/shared/reference/costs-accelerators-resilience-policy.md 2a-2c.
 * Validated by: test/models/it/acceleratorCatalogue.test.ts; test/validation/acceleratorSpeeds.validation.test.ts
 */
import type { FigureSource } from './accelerators.js';
import { DGX_H100_GPUS, DGX_H100_PEAK_POWER_W } from './nodePower.js';

export type SourceNote = Omit<FigureSource, 'value'>;
const cited = (source: string): SourceNote => ({ source, provenance: 'cited' });
const assumed = (source: string): SourceNote => ({ source, provenance: 'assumption' });

/** Where a node's peak comes from: a vendor's stated system maximum, or a host allowance on top of the boards. */
export type NodePeak =
  | { kind: 'stated'; peakPowerW: number; source: SourceNote }
  | { kind: 'baseboard' } // 8-way OAM/SXM baseboard server (switches, 8 NICs, 2 CPUs): DGX H100's non-GPU share
  | { kind: 'pcie' }; // no switch baseboard (PCIe card server, or V100 SXM2's NVLink-only board): 2-socket host

export interface CatalogueEntry {
  id: string;
  vendor: string;
  name: string;
  boardPowerW: number;
  memoryBytes: number;
  gpusPerNode: number;
  nodePeak: NodePeak;
  /** Node idle (wall input), W, where one is given; else accelerators.ts applies the default node's idle share. */
  nodeIdle?: { idlePowerW: number; source: SourceNote };
  /** Peak dense (no sparsity) 16-bit matrix throughput per accelerator, FLOP/s. */
  denseMatrixFlopsPerS: number;
  /** MLPerf Inference v4.1 Llama-2-70B Offline: system tokens/s and the accelerators of that system. */
  mlperf?: { systemTokensPerS: number; accelerators: number; source: SourceNote };
  sources: { boardPowerW: SourceNote; memoryBytes: SourceNote; denseMatrixFlopsPerS: SourceNote };
}

const MLPERF_LOG = 'MLPerf Inference v4.1 closed, Llama-2-70B Offline, mlperf_log_summary.txt of';
const PCIE_CARD_DB = 'third-party spec databases (technical.city, sysrqmts.com, huggingface.co/hardware), no vendor datasheet read';

export const CATALOGUE: readonly CatalogueEntry[] = [
  {
    id: 'h100-sxm', vendor: 'NVIDIA', name: 'H100 SXM5 80GB (DGX H100)', boardPowerW: 700, memoryBytes: 80e9, gpusPerNode: DGX_H100_GPUS,
    nodePeak: { kind: 'stated', peakPowerW: DGX_H100_PEAK_POWER_W, source: cited('NVIDIA DGX H100 datasheet and DGX H100/H200 User Guide: ~10.2 kW max system input (six 3.3 kW PSUs); wall input, GPUs + host + fans + PSU losses') },
    nodeIdle: { idlePowerW: 2000, source: assumed("dctwin's default node idle (scenarios/default.yaml, 2 kW); no published DGX H100 idle figure") },
    denseMatrixFlopsPerS: 989.5e12,
    mlperf: { systemTokensPerS: 24524.9, accelerators: 8, source: cited(`${MLPERF_LOG} closed/NVIDIA/results/DGX-H100_H100-SXM-80GBx8_TRT/llama2-70b-99.9; the system's results summary gives the same 24,524.9 for the 99 % target the others ran`) },
    sources: {
      boardPowerW: cited('NVIDIA H100 datasheet: SXM max TDP up to 700 W (board: GPU + HBM3 + VRM)'),
      memoryBytes: cited('MLPerf Inference v4.1 system description closed/NVIDIA/systems/DGX-H100_H100-SXM-80GBx8_TRT.json: 80 GB HBM3 per accelerator; DGX H100 datasheet: 640 GB for 8 GPUs'),
      denseMatrixFlopsPerS: cited('NVIDIA H100 datasheet: BF16 Tensor Core 1,979 TFLOPS with sparsity, 989.5 dense'),
    },
  },
  {
    id: 'h200-sxm', vendor: 'NVIDIA', name: 'H200 SXM 141GB (DGX H200)', boardPowerW: 700, memoryBytes: 141e9, gpusPerNode: 8,
    nodePeak: { kind: 'stated', peakPowerW: 10_200, source: cited('NVIDIA DGX H100/H200 User Guide, power specifications: 10.2 kW max (six 3.3 kW PSUs, 4+2); wall input') },
    denseMatrixFlopsPerS: 989.5e12,
    mlperf: { systemTokensPerS: 31302.7, accelerators: 8, source: cited(`${MLPERF_LOG} closed/NVIDIA/results/H200-SXM-141GBx8_TRT/llama2-70b-99`) },
    sources: {
      boardPowerW: cited('MLPerf Inference v4.1 system description closed/NVIDIA/systems/H200-SXM-141GBx8_TRT.json (the system of the result used): "H200 TGP 700W"'),
      memoryBytes: cited('same system description: accelerator_memory_capacity "141 GB" (HBM3e)'),
      denseMatrixFlopsPerS: cited('NVIDIA H200 datasheet: BF16 Tensor Core 1,979 TFLOPS with sparsity (same GH100 compute as H100), 989.5 dense'),
    },
  },
  {
    id: 'b200', vendor: 'NVIDIA', name: 'B200 SXM 180GB (DGX/HGX B200)', boardPowerW: 1000, memoryBytes: 180e9, gpusPerNode: 8,
    nodePeak: { kind: 'stated', peakPowerW: 14_300, source: cited('NVIDIA DGX B200 User Guide, power specifications: 14.3 kW max (six 3.3 kW PSUs, 5+1); wall input') },
    denseMatrixFlopsPerS: 2250e12,
    mlperf: { systemTokensPerS: 11264.4, accelerators: 1, source: cited(`${MLPERF_LOG} closed/NVIDIA/results/B200-SXM-180GBx1_TRT/llama2-70b-99; PREVIEW category and FP4 weights per NVIDIA: not like-for-like with H100's FP8`) },
    sources: {
      boardPowerW: cited('MLPerf Inference v6.0 system description closed/Nebius/systems/nebius_b200_n1.json: "B200 TGP 1000W" (HGX B200; GB200 parts run at 1,200 W)'),
      memoryBytes: cited('NVIDIA DGX B200 User Guide: 1,440 GB total GPU memory for 8 GPUs'),
      denseMatrixFlopsPerS: assumed('2.25 PFLOPS dense BF16 at 1,000 W: NVIDIA Blackwell datasheet as summarised by glennklockwood.com/garden/processors/B200'),
    },
  },
  {
    id: 'mi300x', vendor: 'AMD', name: 'Instinct MI300X OAM 192GB', boardPowerW: 750, memoryBytes: 192e9, gpusPerNode: 8, nodePeak: { kind: 'baseboard' },
    denseMatrixFlopsPerS: 1307.4e12,
    mlperf: { systemTokensPerS: 23514.8, accelerators: 8, source: cited(`${MLPERF_LOG} closed/AMD/results/8xMI300X_2xEPYC-9374F/llama2-70b-99 (vLLM, ROCm 6.1.2)`) },
    sources: {
      boardPowerW: cited('MLPerf Inference v4.1 system description closed/AMD/systems/8xMI300X_2xEPYC-9374F.json: accelerator "MI300X-NPS1-SPX-192GB-750W" (OAM module)'),
      memoryBytes: cited('same system description (Supermicro AS-8125GS-TNMR2): accelerator_memory_capacity "192 GB" HBM3'),
      denseMatrixFlopsPerS: assumed('1,307.4 TFLOPS dense BF16: AMD MI300X datasheet figure as quoted by tensorwave.com and yobitel.com'),
    },
  },
  {
    id: 'gaudi3', vendor: 'Intel', name: 'Gaudi 3 OAM HL-325L 128GB', boardPowerW: 900, memoryBytes: 128e9, gpusPerNode: 8, nodePeak: { kind: 'baseboard' },
    denseMatrixFlopsPerS: 1835e12,
    sources: {
      boardPowerW: cited('Intel Gaudi 3 white paper as reported by The Register (2024-04-12): OAM HL-325L and HL-335 900 W; the 600 W figure other pages give is the PCIe card HL-338; China parts HL-328/HL-388 450 W. hl-smi caps Gaudi 3 at 450-850 W (docs.habana.ai, hl-smi)'),
      memoryBytes: cited('Intel Gaudi 3 white paper (via The Register): 128 GB HBM2e, 3.7 TB/s; Hugging Face Transformers docs "128GB of memory on Gaudi 3"'),
      denseMatrixFlopsPerS: assumed('1,835 TFLOPS BF16/FP8 matrix (MME): evokernel-specs and yobitel.com; y-ic.de says 1,856'),
    },
  },
  {
    id: 'ascend-910b', vendor: 'Huawei', name: 'Ascend 910B (Atlas 800T A2, 8 NPUs)', boardPowerW: 400, memoryBytes: 64e9, gpusPerNode: 8, nodePeak: { kind: 'baseboard' },
    denseMatrixFlopsPerS: 320e12,
    sources: {
      boardPowerW: assumed('no datasheet found; reports give 310-400 W (boardor.com): the upper end taken'),
      memoryBytes: assumed('64 GB HBM2e as reported (boardor.com); no Huawei datasheet found, other pages say 32 GB'),
      denseMatrixFlopsPerS: assumed('about 320 TFLOPS FP16 as reported (boardor.com, borimooc.com); not a Huawei figure'),
    },
  },
  {
    id: 'mtt-s4000', vendor: 'Moore Threads', name: 'MTT S4000 48GB (MCCX D800, 8 cards)', boardPowerW: 450, memoryBytes: 48e9, gpusPerNode: 8, nodePeak: { kind: 'pcie' },
    denseMatrixFlopsPerS: 100e12,
    sources: {
      boardPowerW: assumed('not published; 450 W is the figure pages quote most often'),
      memoryBytes: cited('Moore Threads launch (Dec 2023) as reported by io-tech.fi: 48 GB GDDR6, 768 GB/s; MCCX D800 server holds 8 cards'),
      denseMatrixFlopsPerS: cited('same launch: 100 TFLOPS FP16/BF16 (25 FP32, 200 TOPS INT8)'),
    },
  },
  {
    id: 'l20', vendor: 'NVIDIA', name: 'L20 48GB PCIe (8-card air-cooled server)', boardPowerW: 275, memoryBytes: 48e9, gpusPerNode: 8, nodePeak: { kind: 'pcie' },
    // 2 x its 59.35 TFLOPS FP32: the dense-16-bit-tensor : FP32 ratio of the same AD102 die in NVIDIA's L40 datasheet (181 : 90.5).
    denseMatrixFlopsPerS: 2 * 59.35e12,
    sources: {
      boardPowerW: assumed(`275 W, ${PCIE_CARD_DB}`),
      memoryBytes: assumed(`48 GB GDDR6, ${PCIE_CARD_DB}`),
      denseMatrixFlopsPerS: assumed(`2 x the 59.35 TFLOPS FP32 of ${PCIE_CARD_DB} (L40 datasheet ratio of the AD102 die)`),
    },
  },
  {
    id: 't4', vendor: 'NVIDIA', name: 'T4 16GB PCIe (trace model T4, 2-GPU nodes)', boardPowerW: 70, memoryBytes: 16e9, gpusPerNode: 2, nodePeak: { kind: 'pcie' },
    denseMatrixFlopsPerS: 65.13e12,
    sources: {
      boardPowerW: assumed(`70 W, ${PCIE_CARD_DB}`),
      memoryBytes: assumed(`16 GB GDDR6, ${PCIE_CARD_DB}`),
      denseMatrixFlopsPerS: assumed(`65.13 TFLOPS FP16 tensor, ${PCIE_CARD_DB}`),
    },
  },
  {
    id: 'v100', vendor: 'NVIDIA', name: 'V100 SXM2 32GB (trace models V100M16/V100M32)', boardPowerW: 300, memoryBytes: 32e9, gpusPerNode: 8, nodePeak: { kind: 'pcie' },
    denseMatrixFlopsPerS: 125e12,
    sources: {
      boardPowerW: assumed(`300 W (SXM2; PCIe cards 250 W), ${PCIE_CARD_DB}; the trace does not say which form factor`),
      memoryBytes: assumed(`32 GB HBM2 (the trace's V100M16 nodes have 16 GB), ${PCIE_CARD_DB}`),
      denseMatrixFlopsPerS: assumed(`125 TFLOPS FP16 tensor, ${PCIE_CARD_DB}`),
    },
  },
  {
    id: 'p100', vendor: 'NVIDIA', name: 'P100 16GB PCIe (trace model P100, 2-GPU nodes)', boardPowerW: 250, memoryBytes: 16e9, gpusPerNode: 2, nodePeak: { kind: 'pcie' },
    denseMatrixFlopsPerS: 19.05e12,
    sources: {
      boardPowerW: assumed(`250 W, ${PCIE_CARD_DB}`),
      memoryBytes: assumed(`16 GB HBM2, ${PCIE_CARD_DB}`),
      denseMatrixFlopsPerS: assumed(`19.05 TFLOPS FP16 (no tensor cores), ${PCIE_CARD_DB}`),
    },
  },
];
