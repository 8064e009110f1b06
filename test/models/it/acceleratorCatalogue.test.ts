/**
 * The catalogue's published figures (sim/models/it/acceleratorCatalogue.ts): each as its source states it.
 * MLPerf values were read from mlcommons/inference_results_v4.1 (commit a2f5d66d) mlperf_log_summary.txt files;
 * the others from the documents each entry names.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../sim/models/it/acceleratorCatalogue.js';

const entry = (id: string) => CATALOGUE.find((e) => e.id === id)!;

describe('published figures', () => {
  it('MLPerf Inference v4.1 Llama-2-70B Offline system tokens/s as logged', () => {
    expect(entry('h100-sxm').mlperf).toMatchObject({ systemTokensPerS: 24524.9, accelerators: 8 }); // DGX-H100_H100-SXM-80GBx8_TRT, 99.9 % log; the 99 % target has the same figure (results summary)
    expect(entry('h200-sxm').mlperf).toMatchObject({ systemTokensPerS: 31302.7, accelerators: 8 }); // H200-SXM-141GBx8_TRT, 99 %
    expect(entry('mi300x').mlperf).toMatchObject({ systemTokensPerS: 23514.8, accelerators: 8 }); // 8xMI300X_2xEPYC-9374F, 99 %
    expect(entry('b200').mlperf).toMatchObject({ systemTokensPerS: 11264.4, accelerators: 1 }); // B200-SXM-180GBx1_TRT, preview
  });

  it('vendor system maxima: DGX H100 and DGX H200 10.2 kW, DGX B200 14.3 kW', () => {
    expect(entry('h100-sxm').nodePeak).toMatchObject({ kind: 'stated', peakPowerW: 10_200 });
    expect(entry('h200-sxm').nodePeak).toMatchObject({ kind: 'stated', peakPowerW: 10_200 });
    expect(entry('b200').nodePeak).toMatchObject({ kind: 'stated', peakPowerW: 14_300 });
  });

  it('Gaudi 3: the OAM part is 900 W and the source names the 600 W PCIe card and the 450-850 W hl-smi range', () => {
    expect(entry('gaudi3').boardPowerW).toBe(900);
    expect(entry('gaudi3').sources.boardPowerW.source).toMatch(/600 W[^;]*PCIe card HL-338/);
    expect(entry('gaudi3').sources.boardPowerW.source).toContain('450-850 W');
  });

  it('the Chinese accelerators without datasheets are marked assumption for board power', () => {
    for (const id of ['ascend-910b', 'mtt-s4000']) expect(entry(id).sources.boardPowerW.provenance).toBe('assumption');
  });

  it('every entry names a source for each figure, and ids are unique', () => {
    expect(new Set(CATALOGUE.map((e) => e.id)).size).toBe(CATALOGUE.length);
    for (const e of CATALOGUE) {
      for (const note of Object.values(e.sources)) expect(note.source.length).toBeGreaterThan(10);
      expect(e.boardPowerW).toBeGreaterThan(0);
      expect(e.denseMatrixFlopsPerS).toBeGreaterThan(1e12);
    }
  });
});
