import * as fs from "node:fs";
import * as path from "node:path";
import { machineDescription } from "./lib/measure";
import { markdown, printResult } from "./lib/report";
import type { BenchResult } from "./lib/report";
import { benchValidate } from "./validate.bench";

/**
 * `npm run bench [-- NAME…]`: every benchmark prints its measurements as ratios against a baseline measured in the
 * same run, and bench/results.md records them with the machine description. Not part of `npm test`.
 */
const benches: Record<string, () => Promise<BenchResult>> = {
  validate: benchValidate,
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const names = wanted.length ? wanted : Object.keys(benches);
  const unknown = names.filter((n) => !benches[n]);
  if (unknown.length) throw new Error(`unknown benchmark(s): ${unknown.join(", ")}; known: ${Object.keys(benches).join(", ")}`);
  const machine = machineDescription();
  console.log(`# xxgk benchmarks — ${machine}`);
  const results: BenchResult[] = [];
  for (const name of names) {
    const result = await benches[name]();
    printResult(result);
    results.push(result);
  }
  if (wanted.length === 0) {
    const file = path.join(__dirname, "results.md");
    fs.writeFileSync(file, markdown(results, machine, new Date().toISOString().slice(0, 10)));
    console.log(`\nwritten: ${path.relative(process.cwd(), file)}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
