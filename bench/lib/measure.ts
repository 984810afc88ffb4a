import * as os from "node:os";

/** Measuring for benchmarks: repeat until enough time has passed, report rates, compare as ratios in one process. */

export interface Rate {
  /** Operations per second. */
  perSecond: number;
  /** Milliseconds per operation. */
  msEach: number;
  runs: number;
}

/** Run `fn` (one operation) repeatedly for at least `minMs` after a warm-up, and return its rate. */
export function rate(fn: () => void, minMs = 1000): Rate {
  const warmUpEnd = performance.now() + Math.min(200, minMs / 5);
  while (performance.now() < warmUpEnd) fn();
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (let i = 0; i < 100; i++) fn();
    runs += 100;
    elapsed = performance.now() - start;
  }
  return { perSecond: (runs / elapsed) * 1000, msEach: elapsed / runs, runs };
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
