import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { benchBatch } from "./batch.bench";
import { benchImport } from "./import.bench";
import { benchLibreOffice } from "./libreoffice.bench";
import { machineDescription } from "./lib/measure";
import { markdown, printResult } from "./lib/report";
import type { BenchResult, RecordedRun } from "./lib/report";
import { benchMemory } from "./memory.bench";
import { benchPaneBatch } from "./paneBatch.bench";
import { benchTaskpane } from "./taskpane.bench";
import { benchValidate } from "./validate.bench";

/**
 * `npm run bench [-- NAME…]`: every benchmark prints its measurements as ratios against a baseline measured in the
 * same run. bench/results.json keeps each benchmark's latest run (with the machine and its load at the time) and
 * bench/results.md is written from it. Not part of `npm test`.
 */
const benches: Record<string, () => Promise<BenchResult | BenchResult[]>> = {
  validate: benchValidate,
  import: benchImport,
  batch: benchBatch,
  libreoffice: benchLibreOffice,
  memory: benchMemory,
  taskpane: benchTaskpane,
  "pane-batch": benchPaneBatch,
};

const RECORD = path.join(__dirname, "results.json");

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const names = wanted.length ? wanted : Object.keys(benches);
  const unknown = names.filter((n) => !benches[n]);
  if (unknown.length) throw new Error(`unknown benchmark(s): ${unknown.join(", ")}; known: ${Object.keys(benches).join(", ")}`);
  const machine = machineDescription();
  console.log(`# xxgk benchmarks — ${machine}`);
  const recorded: Record<string, RecordedRun> = fs.existsSync(RECORD) ? JSON.parse(fs.readFileSync(RECORD, "utf8")) : {};
  for (const name of names) {
    const before = os.loadavg()[0];
    const start = performance.now();
    const outcome = await benches[name]();
    const results = Array.isArray(outcome) ? outcome : [outcome];
    for (const result of results) printResult(result);
    recorded[name] = { date: new Date().toISOString().slice(0, 16).replace("T", " "), machine, load: [before, os.loadavg()[0]], seconds: (performance.now() - start) / 1000, results };
    // Written after each benchmark, so a long run that is interrupted keeps what it measured.
    fs.writeFileSync(RECORD, `${JSON.stringify(recorded, null, 2)}\n`);
    const ordered = Object.keys(benches).filter((n) => recorded[n]).map((n): [string, RecordedRun] => [n, recorded[n]]);
    fs.writeFileSync(path.join(__dirname, "results.md"), markdown(ordered));
  }
  console.log(`\nwritten: bench/results.md, bench/results.json`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
