import * as os from "node:os";

/** Measuring for benchmarks: repeat until enough time has passed, report rates, compare as ratios in one process. */

export interface Rate {
  /** Operations per second of wall time. */
  perSecond: number;
  /** Milliseconds per operation (wall). */
  msEach: number;
  /**
   * Operations per second of CPU time (the process's, all threads): what one core does when it is not shared. On a
   * machine busy with other work, wall time also counts the time the process waited for a core.
   */
  perCpuSecond: number;
  runs: number;
}

/**
 * Run `fn` (one operation) repeatedly for about `minMs` after a warm-up, in `windows` equal windows, and return the
 * rates of the fastest window: on a machine other processes share, the least disturbed window is the closest to
 * what the code costs (the mean would measure the neighbours).
 */
export function rate(fn: () => void, minMs = 1500, windows = 6): Rate {
  const warmUpEnd = performance.now() + Math.min(300, minMs / 5);
  while (performance.now() < warmUpEnd) fn();
  let best = Infinity;
  let bestCpu = Infinity;
  let runs = 0;
  for (let w = 0; w < windows; w++) {
    let n = 0;
    const cpu = process.cpuUsage();
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < minMs / windows) {
      fn();
      n++;
      elapsed = performance.now() - start;
    }
    const used = process.cpuUsage(cpu);
    runs += n;
    best = Math.min(best, elapsed / n);
    bestCpu = Math.min(bestCpu, (used.user + used.system) / 1000 / n);
  }
  return { perSecond: 1000 / best, msEach: best, perCpuSecond: 1000 / bestCpu, runs };
}

/** Wall time of an async job, in milliseconds. */
export async function wallMs(job: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await job();
  return performance.now() - start;
}

export function machineDescription(): string {
  const cpus = os.cpus();
  return [
    `${os.type()} ${os.release()} (${os.arch()})`,
    `${cpus[0]?.model ?? "unknown CPU"} × ${os.availableParallelism()}`,
    `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM`,
    `Node ${process.version}`,
  ].join(", ");
}

export const fmt = {
  rate: (r: number) => (r >= 100 ? Math.round(r).toLocaleString("en-US") : r.toFixed(1)),
  ratio: (r: number) => `${r.toFixed(2)}×`,
  ms: (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`),
  pct: (p: number) => `${(p * 100).toFixed(1)}%`,
};
