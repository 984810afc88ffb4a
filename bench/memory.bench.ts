import { fmt } from "./lib/measure";
import { loadNote, runNode, XXGK } from "./lib/process";
import type { ProcessRun } from "./lib/process";
import type { BenchResult } from "./lib/report";
import { batchFolder } from "./lib/workbooks";

/**
 * Memory and growth of a batch as users run it (node bin/xxgk.js check FOLDER, default workers): the peak resident
 * memory of the whole process — worker threads share it — for 1,000 workbooks (target ≤ 500 MB), and the time per
 * file at 100, 1,000 and 10,000 files (target: linear, i.e. no file costs more because many came before it).
 */

const SIZES = [100, 1000, 10000];

export async function benchMemory(): Promise<BenchResult[]> {
  const before = loadNote();
  const runs: { size: number; run: ProcessRun; msPerFile: number }[] = [];
  for (const size of SIZES) {
    const dir = await batchFolder(size);
    const run = await runNode(XXGK, ["check", dir]);
    if (run.code === null || run.code > 1) throw new Error(`check of ${size} files exited with ${run.code}`);
    runs.push({ size, run, msPerFile: run.wallMs / size });
  }
  const at = (size: number) => runs.find((r) => r.size === size)!;
  const peak = at(1000).run.maxRssMb;
  // Linear: per-file time at 10,000 within 25% of that at 1,000 (100 files still pay start-up visibly).
  const growth = at(10000).msPerFile / at(1000).msPerFile;
  const conditions = `default workers (2 on this machine); ${before} before, ${loadNote()} after`;
  return [
    {
      name: "peak memory of a 1,000-workbook batch (process with its worker threads)",
      lines: [
        ...runs.map(({ size, run }) => `${size.toLocaleString("en-US")} files: peak RSS ${run.maxRssMb.toFixed(0)} MB`),
        conditions,
      ],
      target: { text: "≤ 500 MB for 1,000 files", met: peak <= 500 },
    },
    {
      name: "batch time from 100 to 10,000 workbooks",
      lines: [
        ...runs.map(({ size, run, msPerFile }) => `${size.toLocaleString("en-US")} files: ${fmt.ms(run.wallMs)} wall, ${msPerFile.toFixed(1)} ms/file, ${fmt.ms(run.cpuMs)} CPU`),
        `ms/file at 10,000 ÷ at 1,000: ${fmt.ratio(growth)}`,
        conditions,
      ],
      target: { text: "linear (ms/file at 10,000 within 25% of 1,000)", met: growth <= 1.25 },
    },
  ];
}
