import { promises as fs } from "node:fs";
import { lastYearByAgency } from "../../core/batch";
import type { LastYearLoad } from "../../core/batch";
import { loadReport, supportedExtensions } from "../readers";
import { expandInputs } from "./files";

/**
 * `--last-year FILE` compares every file with that one report; `--last-year FOLDER` (last year's returns) finds each
 * agency's own report by its name (src/core/batch/lastYear.ts, as the task pane does with last year's files).
 */
export async function loadLastYear(location: string): Promise<LastYearLoad> {
  const stat = await fs.stat(location).catch(() => undefined);
  if (!stat?.isDirectory()) {
    const loaded = await loadReport(location);
    return loaded.ok ? { ok: true, source: { single: loaded.report }, problems: [] } : loaded;
  }
  const loaded = [];
  for (const file of await expandInputs([location], supportedExtensions())) loaded.push({ file, result: await loadReport(file) });
  return lastYearByAgency(loaded, location);
}
