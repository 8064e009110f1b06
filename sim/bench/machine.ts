/** The machine a bench ran on: CPU, cores, memory, Node, OS and the load average (a busy machine inflates every figure). */
import { availableParallelism, cpus, loadavg, release, totalmem, type } from 'node:os';

export interface Machine {
  cpuModel: string;
  /** Logical cores Node may use. */
  cores: number;
  memoryBytes: number;
  node: string;
  os: string;
  /** 1, 5 and 15 minute load averages when the bench started and ended. */
  loadAtStart: number[];
  loadAtEnd?: number[];
}

export function machine(): Machine {
  const cpu = cpus()[0];
  return {
    cpuModel: cpu ? cpu.model.replace(/\s+/g, ' ').trim() : 'unknown',
    cores: availableParallelism(),
    memoryBytes: totalmem(),
    node: process.versions.node,
    os: `${type()} ${release()}`,
    loadAtStart: loadavg(),
  };
}

const load = (l: readonly number[]) => l.map((x) => x.toFixed(2)).join(' / ');

/** One line, e.g. `AMD EPYC 7B13, 2 cores, 7.8 GiB, Node 20.20.2, Linux 6.8.0; load 0.12 / 0.30 / 0.41 at start, ... at end`. */
export function machineLine(m: Machine): string {
  const gib = (m.memoryBytes / 2 ** 30).toFixed(1);
  const end = m.loadAtEnd ? `, ${load(m.loadAtEnd)} at end` : '';
  return `${m.cpuModel}, ${m.cores} cores, ${gib} GiB, Node ${m.node}, ${m.os}; load average (1/5/15 min) ${load(m.loadAtStart)} at start${end}`;
}
