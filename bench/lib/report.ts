/** A benchmark's result: what was measured, against what, and whether it met its target. */
export interface BenchResult {
  name: string;
  /** Lines describing the measurement (rates, ratios) as printed. */
  lines: string[];
  /** The target and whether it was met (undefined: no target). */
  target?: { text: string; met: boolean };
}

/** One benchmark's run as recorded in bench/results.json: when, on what, under what load. */
export interface RecordedRun {
  date: string;
  machine: string;
  /** 1-minute load average before and after (other processes share the cores). */
  load: [number, number];
  seconds: number;
  results: BenchResult[];
}

export function printResult(result: BenchResult): void {
  const verdict = result.target ? ` — target ${result.target.text}: ${result.target.met ? "met ✓" : "MISSED ✗"}` : "";
  console.log(`\n## ${result.name}${verdict}`);
  for (const line of result.lines) console.log(`  ${line}`);
}

/** bench/results.md from the recorded runs, in the runner's order. */
export function markdown(runs: readonly [string, RecordedRun][]): string {
  const out = [
    "# Benchmark results",
    "",
    "Written by `npm run bench` (all benchmarks) or `npm run bench -- NAME…` (those named; the others keep their last run).",
    "Every ratio compares two measurements taken in the same run. See docs/performance.md for what each one measures.",
    "",
    "| benchmark | target | result |",
    "|---|---|---|",
  ];
  for (const [, run] of runs) for (const r of run.results) if (r.target) out.push(`| ${r.name} | ${r.target.text} | ${r.target.met ? "met" : "**missed**"} |`);
  out.push("");
  for (const [name, run] of runs) {
    out.push(`## \`${name}\``, "", `Measured ${run.date} in ${Math.round(run.seconds)} s on ${run.machine}; load average ${run.load[0].toFixed(2)} before, ${run.load[1].toFixed(2)} after.`, "");
    for (const r of run.results) {
      out.push(`### ${r.name}`, "");
      if (r.target) out.push(`Target: ${r.target.text} — **${r.target.met ? "met" : "missed"}**`, "");
      for (const line of r.lines) out.push(`- ${line}`);
      out.push("");
    }
  }
  return out.join("\n");
}
