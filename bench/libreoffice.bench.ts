import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { convertAll, sofficeAvailable } from "../test/helpers/libreoffice";
import { fmt } from "./lib/measure";
import { interleaved, loadNote, runNode, XXGK } from "./lib/process";
import type { BenchResult } from "./lib/report";
import { batchFolder, distinctWorkbooks } from "./lib/workbooks";
import { FILES } from "./batch.bench";

/**
 * What a supervising office would otherwise do to see the workbooks' own checks: recalculate each in a spreadsheet.
 * LibreOffice headless with a private profile that recalculates on load (test/helpers/libreoffice.ts), all files in
 * ONE soffice call — measured on the distinct workbooks (a subset; it takes about half a second a file), against
 * `xxgk check` of the 1,000-file batch per file. Target ≥ 50× faster.
 */

/** Rounds of each side, interleaved; the fastest of each is compared (as in the batch benchmark). */
const ROUNDS = 3;

/** One LibreOffice call recalculating and saving every workbook of `subset`; its wall time. */
function recalculateInLibreOffice(subset: readonly string[]): { wallMs: number } {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-bench-lo-"));
  try {
    const start = performance.now();
    const outputs = convertAll(subset, out, "xlsx");
    const wallMs = performance.now() - start;
    const written = outputs.filter((f) => fs.existsSync(f)).length;
    if (written !== subset.length) throw new Error(`LibreOffice wrote ${written} of ${subset.length} workbooks`);
    return { wallMs };
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

export async function benchLibreOffice(): Promise<BenchResult> {
  if (!sofficeAvailable()) return { name: "batch check vs LibreOffice recalculation", lines: ["soffice not installed: skipped"] };
  const subset = await distinctWorkbooks();
  const dir = await batchFolder(FILES);
  const before = loadNote();
  const m = await interleaved<{ wallMs: number; code?: number | null }>(
    {
      libreOffice: async () => recalculateInLibreOffice(subset),
      check: () => runNode(XXGK, ["check", dir]),
      one: () => runNode(XXGK, ["check", dir, "--jobs", "1"]),
    },
    ROUNDS,
  );
  const loMs = m.libreOffice.wallMs;
  const loPerFile = loMs / subset.length;
  const perFile = m.check.wallMs / FILES;
  const ratio = loPerFile / perFile;
  return {
    name: "batch check vs recalculating in LibreOffice",
    lines: [
      `LibreOffice headless, ${subset.length} workbooks in one call (recalculate on load, save): ${fmt.ms(loMs)}, ${loPerFile.toFixed(0)} ms/file`,
      `xxgk check of ${FILES.toLocaleString("en-US")} workbooks: ${fmt.ms(m.check.wallMs)}, ${perFile.toFixed(1)} ms/file (default workers); --jobs 1: ${(m.one.wallMs / FILES).toFixed(1)} ms/file`,
      `xxgk is ${fmt.ratio(ratio)} faster per file (${fmt.ratio(loPerFile / (m.one.wallMs / FILES))} with one worker, LibreOffice also using one process)`,
      `fastest of ${ROUNDS} interleaved runs each; ${before} before, ${loadNote()} after`,
    ],
    target: { text: "≥ 50× faster", met: ratio >= 50 },
  };
}
