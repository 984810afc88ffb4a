/** A benchmark's result: what was measured, against what, and whether it met its target. */
export interface BenchResult {
  name: string;
  /** Lines describing the measurement (rates, ratios) as printed. */
  lines: string[];
  /** The target and whether it was met (undefined: no target). */
  target?: { text: string; met: boolean };
}

export function printResult(result: BenchResult): void {
  const verdict = result.target ? ` — target ${result.target.text}: ${result.target.met ? "met ✓" : "MISSED ✗"}` : "";
  console.log(`\n## ${result.name}${verdict}`);
  for (const line of result.lines) console.log(`  ${line}`);
}

export function markdown(results: readonly BenchResult[], machine: string, date: string): string {
  const out = [`# Benchmark results`, "", `Measured ${date} on: ${machine}.`, "", "Run with `npm run bench` (all) or `npm run bench -- NAME…`.", ""];
  for (const r of results) {
    out.push(`## ${r.name}`, "");
    if (r.target) out.push(`Target: ${r.target.text} — **${r.target.met ? "met" : "missed"}**`, "");
    for (const line of r.lines) out.push(`- ${line}`);
    out.push("");
  }
  return out.join("\n");
}
