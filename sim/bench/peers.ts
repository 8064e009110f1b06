/**
 * Runs the two peer simulators of gpu-fifo-v1 when they are installed here
 * (installs nothing): SimPy 3 under Debian's python, and SimGrid's S4U build of
 * simgrid_bench.cpp, compiled once into the temp folder. Sources in ./peers/,
 * copied unchanged from the project's shared bench folder.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PeerResult {
  peer: 'simpy' | 'simgrid';
  /** Null when the peer is not available; `why` says what is missing. */
  result: { arrivals: number; completions: number; waited: number; energyJ: number; wallS: number; modelEventsPerS: number } | null;
  why?: string;
}

const PYTHON = '/usr/bin/python3';

/** The peers folder, from the sources (tsx, vitest) or from the build (dist/sim/bench). */
function peersDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of [join(here, 'peers'), join(here, '..', '..', '..', 'sim', 'bench', 'peers')]) {
    if (existsSync(join(dir, 'simpy_bench.py'))) return dir;
  }
  throw new Error(`cannot find the bench peers folder near ${here}`);
}

function parse(peer: PeerResult['peer'], stdout: string): PeerResult {
  const j = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Record<string, number>;
  return {
    peer,
    result: {
      arrivals: j.arrivals, completions: j.completions, waited: j.waited, energyJ: j.energy_J,
      wallS: j.wall_s, modelEventsPerS: j.model_events_per_s,
    },
  };
}

export function runSimPy(days: number, seed: number): PeerResult {
  const probe = spawnSync(PYTHON, ['-c', 'import simpy'], { encoding: 'utf8' });
  if (probe.status !== 0) return { peer: 'simpy', result: null, why: `${PYTHON} cannot import simpy (apt-get install python3-simpy3)` };
  const out = execFileSync(PYTHON, [join(peersDir(), 'simpy_bench.py'), '--days', String(days), '--seed', String(seed), '--json'], { encoding: 'utf8' });
  return parse('simpy', out);
}

export function runSimGrid(days: number, seed: number): PeerResult {
  if (!existsSync('/usr/include/simgrid/s4u.hpp')) {
    return { peer: 'simgrid', result: null, why: 'no SimGrid headers (apt-get install libsimgrid-dev)' };
  }
  const source = join(peersDir(), 'simgrid_bench.cpp');
  const binary = join(tmpdir(), 'dctwin-simgrid-bench');
  if (!existsSync(binary) || statSync(binary).mtimeMs < statSync(source).mtimeMs) {
    const cc = spawnSync('g++', ['-O2', '-std=c++17', source, '-o', binary, '-lsimgrid'], { encoding: 'utf8' });
    if (cc.status !== 0) return { peer: 'simgrid', result: null, why: `g++ failed: ${(cc.stderr || String(cc.error)).split('\n')[0]}` };
  }
  const out = execFileSync(binary, [String(days), String(seed), '--json', '--log=root.thres:critical'], { encoding: 'utf8' });
  return parse('simgrid', out);
}
