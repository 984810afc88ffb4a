import * as fs from "node:fs";
import * as path from "node:path";
import { fmt } from "./lib/measure";
import { interleaved, loadNote, runNode, together, XXGK } from "./lib/process";
import type { ProcessRun } from "./lib/process";
import type { BenchResult } from "./lib/report";
import { batchFolder, DISTINCT, plantedErrors } from "./lib/workbooks";

/**
 * `xxgk check` of 1,000 returned workbooks, as a supervising office runs it (node bin/xxgk.js, a fresh process),
 * against the floor: the same files read by ExcelJS alone in one thread (bench/lib/exceljs-floor.cjs). Targets:
 * validation costs ≤ 15% over the floor with one worker, and two workers are ≥ 1.6× one.
 */

export const FILES = 1000;
const ROUNDS = 3;
const FLOOR = path.join(__dirname, "lib", "exceljs-floor.cjs");

interface JsonOutput {
  files: { file: string; findings: { rule: string; severity: string }[] }[];
}

/** Every file reports exactly the errors planted in its distinct workbook; returns a line saying so. */
export async function verifyBatch(dir: string): Promise<string> {
  const run = await runNode(XXGK, ["check", dir, "--json"], { keepStdout: true });
  const { files } = JSON.parse(run.stdout) as JsonOutput;
  if (files.length !== fs.readdirSync(dir).length) throw new Error(`checked ${files.length} of ${fs.readdirSync(dir).length} files`);
  let planted = 0;
  let warnings = 0;
  for (const f of files) {
    const n = Number(/(\d+)-[^/\\]*$/.exec(f.file)?.[1]);
    const want = plantedErrors(n % DISTINCT).sort();
    const got = f.findings.filter((x) => x.severity === "error").map((x) => x.rule).sort();
    if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`${f.file}: expected errors ${want.join(", ") || "none"}, got ${got.join(", ") || "none"}`);
    planted += want.length > 0 ? 1 : 0;
    warnings += f.findings.length - got.length;
  }
  return `${files.length.toLocaleString("en-US")} workbooks (${DISTINCT} distinct, both editions, a third with text): the planted errors in ${planted} files found exactly, no others; ${warnings} warnings`;
}

/** The folder's files split in two (alternately, hard links), for two processes to read half each. */
function halves(dir: string): [string, string] {
  const files = fs.readdirSync(dir).sort();
  const parts: [string, string] = [`${dir}-half-0`, `${dir}-half-1`];
  if (parts.every((p) => fs.existsSync(p) && fs.readdirSync(p).length >= Math.floor(files.length / 2))) return parts;
  for (const p of parts) {
    fs.rmSync(p, { recursive: true, force: true });
    fs.mkdirSync(p);
  }
  files.forEach((f, i) => fs.linkSync(path.join(dir, f), path.join(parts[i % 2], f)));
  return parts;
}

export async function benchBatch(): Promise<BenchResult[]> {
  const dir = await batchFolder(FILES);
  const verified = await verifyBatch(dir);
  const before = loadNote();
  const m = await interleaved(
    {
      floor: () => runNode(FLOOR, [dir]),
      one: () => runNode(XXGK, ["check", dir, "--jobs", "1"]),
      two: () => runNode(XXGK, ["check", dir, "--jobs", "2"]),
      // What this machine allows two ExcelJS readers: two processes, each reading half the files with ExcelJS alone.
      floorTwo: () => together(halves(dir).map((half) => () => runNode(FLOOR, [half]))),
    },
    ROUNDS,
  );
  const perFile = (r: ProcessRun) => `${(r.wallMs / FILES).toFixed(1)} ms/file`;
  const describe = (r: ProcessRun) => `${fmt.ms(r.wallMs)} wall (${perFile(r)}), ${fmt.ms(r.cpuMs)} CPU`;
  const overhead = m.one.wallMs / m.floor.wallMs - 1;
  const cpuOverhead = m.one.cpuMs / m.floor.cpuMs - 1;
  const speedUp = m.one.wallMs / m.two.wallMs;
  const conditions = `fastest of ${ROUNDS} interleaved runs each; ${before} before, ${loadNote()} after`;
  return [
    {
      name: `batch check of ${FILES.toLocaleString("en-US")} workbooks vs ExcelJS alone (one worker)`,
      lines: [
        verified,
        `ExcelJS alone, one thread (the floor): ${describe(m.floor)}`,
        `xxgk check --jobs 1: ${describe(m.one)}`,
        `validation overhead over the floor: ${fmt.pct(overhead)} wall, ${fmt.pct(cpuOverhead)} CPU (${fmt.ratio(m.one.wallMs / m.floor.wallMs)} the floor)`,
        conditions,
      ],
      target: { text: "≤ 15% over the floor", met: overhead <= 0.15 },
    },
    {
      name: `batch check of ${FILES.toLocaleString("en-US")} workbooks: two workers vs one`,
      lines: [
        `xxgk check --jobs 1: ${describe(m.one)}`,
        `xxgk check --jobs 2: ${describe(m.two)}`,
        `speed-up: ${fmt.ratio(speedUp)} (CPU ${fmt.ratio(m.two.cpuMs / m.one.cpuMs)} of one worker's: start-up of the second worker and coordination)`,
        `this machine's ceiling for two readers — ExcelJS alone, two processes on half the files each: ${describe(m.floorTwo)}, ${fmt.ratio(m.floor.wallMs / m.floorTwo.wallMs)} one process on all (CPU ${fmt.ratio(m.floorTwo.cpuMs / m.floor.cpuMs)})`,
        conditions,
      ],
      target: { text: "≥ 1.6× with --jobs 2", met: speedUp >= 1.6 },
    },
  ];
}
