import { promises as fs } from "node:fs";
import { refused, refusalText } from "../../core";
import type { Refused, Report } from "../../core";
import { loadReport, supportedExtensions } from "../readers";
import { agencyKey } from "./checkFile";
import type { LastYearSource } from "./checkFile";
import { expandInputs } from "./files";

export type LastYearLoad = { ok: true; source: LastYearSource; problems: string[] } | Refused;

/**
 * `--last-year FILE` compares every file with that one report; `--last-year FOLDER` (last year's returns) finds each
 * agency's own report by its name. Problems with single files in the folder are listed, not fatal.
 */
export async function loadLastYear(location: string): Promise<LastYearLoad> {
  const stat = await fs.stat(location).catch(() => undefined);
  if (!stat?.isDirectory()) {
    const loaded = await loadReport(location);
    return loaded.ok ? { ok: true, source: { single: loaded.report }, problems: [] } : loaded;
  }
  const byAgency: Record<string, Report> = {};
  const problems: string[] = [];
  for (const file of await expandInputs([location], supportedExtensions())) {
    const loaded = await loadReport(file);
    if (!loaded.ok) {
      problems.push(`${file}：${refusalText(loaded)}`);
      continue;
    }
    const key = agencyKey(loaded.report.meta.agency);
    if (!key) problems.push(`${file}：未填机关名称，无法与本年报告对应 / no agency name`);
    else if (byAgency[key]) problems.push(`${file}：「${loaded.report.meta.agency}」有多份上年报告，只用第一份 / duplicate agency`);
    else byAgency[key] = loaded.report;
  }
  if (Object.keys(byAgency).length === 0) return refused("文件夹中没有可读的上年报告", `no readable report in ${location}`);
  return { ok: true, source: { byAgency }, problems };
}
