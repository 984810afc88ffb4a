import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/** A measured child process: wall time, CPU time of all its threads, peak memory, exit status and output. */
export interface ProcessRun {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
  code: number | null;
  stdout: string;
}

const USAGE_PRELOAD = path.join(__dirname, "usage.cjs");
/** Numbers the usage files, so runs started together do not share one. */
let started = 0;

/**
 * Runs `node SCRIPT ARGS…` as a user would (a fresh process), with the usage preload. stdout is kept only when
 * asked (a batch's text output is large); stderr is discarded (progress lines).
 */
export function runNode(script: string, args: readonly string[], options: { keepStdout?: boolean; cwd?: string } = {}): Promise<ProcessRun> {
  const usageFile = path.join(os.tmpdir(), `xxgk-bench-usage-${process.pid}-${++started}.json`);
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ["-r", USAGE_PRELOAD, script, ...args], {
      cwd: options.cwd,
      env: { ...process.env, XXGK_BENCH_USAGE: usageFile },
      stdio: ["ignore", options.keepStdout ? "pipe" : "ignore", "ignore"],
    });
    const chunks: Buffer[] = [];
    child.stdout?.on("data", (c: Buffer) => chunks.push(c));
    child.on("error", reject);
    child.on("close", (code) => {
      const wallMs = performance.now() - start;
      try {
        const usage = JSON.parse(fs.readFileSync(usageFile, "utf8")) as { userMs: number; systemMs: number; maxRssKb: number };
        fs.rmSync(usageFile, { force: true });
        resolve({ wallMs, cpuMs: usage.userMs + usage.systemMs, maxRssMb: usage.maxRssKb / 1024, code, stdout: Buffer.concat(chunks).toString("utf8") });
      } catch (e) {
        reject(new Error(`${script} ${args.join(" ")} exited ${code} without usage: ${(e as Error).message}`));
      }
    });
  });
}

/** Runs started together, measured as one: wall time until the last ends, CPU time and peak memory summed. */
export async function together(runs: readonly (() => Promise<ProcessRun>)[]): Promise<ProcessRun> {
  const start = performance.now();
  const done = await Promise.all(runs.map((run) => run()));
  return {
    wallMs: performance.now() - start,
    cpuMs: done.reduce((t, r) => t + r.cpuMs, 0),
    maxRssMb: done.reduce((t, r) => t + r.maxRssMb, 0),
    code: Math.max(...done.map((r) => r.code ?? 0)),
    stdout: done.map((r) => r.stdout).join(""),
  };
}

/**
 * Runs each command in turn, `rounds` times (interleaved, so a change in the machine's load hits all alike), and
 * keeps each one's fastest run: the one least disturbed by other processes (its CPU time is reported with it).
 * A process that exits with a code above 1 (1 is "findings reported") stops the benchmark.
 */
export async function interleaved<Run extends { wallMs: number; code?: number | null }>(
  commands: Record<string, () => Promise<Run>>,
  rounds: number,
): Promise<Record<string, Run>> {
  const best: Record<string, Run> = {};
  for (let r = 0; r < rounds; r++) {
    for (const [name, run] of Object.entries(commands)) {
      const m = await run();
      if (m.code != null && m.code > 1) throw new Error(`${name} exited with ${m.code}`);
      if (!best[name] || m.wallMs < best[name].wallMs) best[name] = m;
    }
  }
  return best;
}

/** The CLI as users run it: node bin/xxgk.js (compiled by `npm run bench`, which builds it first). */
export const XXGK = path.join(__dirname, "..", "..", "bin", "xxgk.js");

/** 1-minute load average and cores, to print next to measurements taken on a shared machine. */
export function loadNote(): string {
  const [one] = os.loadavg();
  return `load average ${one.toFixed(2)} on ${os.availableParallelism()} cores`;
}
