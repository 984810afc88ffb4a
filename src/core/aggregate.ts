import { editionIndex, editions } from "./editions";
import type { CellKey, EditionId } from "./editions";
import { readCellText } from "./model/cellText";
import { knownValues } from "./validate/known";
import type { Cell, Report } from "./model/report";
import { refused } from "./refusal";
import type { Refused } from "./refusal";

/**
 * Summing departmental reports into one (a 全市/全县 summary). Only reports of one edition and one year can be
 * summed: 表二's columns mean different things in the two editions. Every contributor is listed, and anything that
 * could not be added (text in a number cell, an amount without a unit) is said, not silently dropped.
 */

export interface Contributor {
  agency: string;
  file?: string;
}

export type AggregateResult =
  | { ok: true; report: Report; contributors: Contributor[]; warnings: string[] }
  | Refused;

export interface AggregateInput {
  report: Report;
  file?: string;
}

const DECIMALS = 1e6;
const round = (v: number) => Math.round(v * DECIMALS) / DECIMALS;

export function aggregateReports(inputs: readonly AggregateInput[], options: { agency: string }): AggregateResult {
  if (inputs.length === 0) return refused("没有可汇总的报告", "nothing to aggregate");
  const describe = (i: AggregateInput) => `${i.report.meta.agency || "（未填机关名称）"}${i.file ? `（${i.file}）` : ""}`;

  const editionsFound = new Set(inputs.map((i) => i.report.meta.edition));
  if (editionsFound.size > 1) {
    const list = [...editionsFound]
      .map((e) => `${editions[e].name}：${inputs.filter((i) => i.report.meta.edition === e).map(describe).join("、")}`)
      .join("；");
    return refused(`不同格式的报告不能汇总（表二的栏目含义不同）。${list}`, "mixed editions cannot be summed");
  }
  const years = new Set(inputs.map((i) => i.report.meta.reportYear));
  if (years.size > 1) {
    return refused(`不同年度的报告不能汇总：${[...years].sort().join("、")}年`, "mixed report years");
  }

  const edition = [...editionsFound][0] as EditionId;
  const index = editionIndex(edition);
  const warnings: string[] = [];
  const seen = new Map<string, AggregateInput>();
  for (const input of inputs) {
    const agency = input.report.meta.agency.trim();
    const earlier = seen.get(agency);
    if (agency && earlier) warnings.push(`「${agency}」出现了不止一次（${earlier.file ?? ""}、${input.file ?? ""}），都已计入，请核实是否重复`);
    seen.set(agency, input);
  }

  const cells: Record<CellKey, Cell> = {};
  // A blank is unknown, not 0 (validate/known.ts): one the identities force counts as forced; a sum with an unknown
  // part is unknown too, and is left blank in the total — said once per contributor and table.
  const known = inputs.map((input) => knownValues(input.report));
  const blanks = new Map<string, number>();
  for (const def of index.cells) {
    let sum = 0;
    let unknown = false;
    inputs.forEach((input, i) => {
      const reading = readCellText(input.report.cells[def.key]?.raw);
      if (reading.state === "text") {
        warnings.push(`${describe(input)} ${def.table.name}「${def.row.label || def.column.label}」填的是「${input.report.cells[def.key]?.raw}」，不是数字，未计入`);
        return;
      }
      const count = def.kind === "freeAmount" ? undefined : known[i].value(def.key);
      if (reading.state === "blank" && (count === undefined || def.kind === "freeAmount")) {
        unknown = true;
        const where = `${describe(input)} ${def.table.name}`;
        blanks.set(where, (blanks.get(where) ?? 0) + 1);
        return;
      }
      let value = count ?? reading.value ?? 0;
      if (def.kind === "freeAmount" && reading.state === "number") {
        // 采购总金额 carries its own unit: add in 万元.
        if (reading.unit === "元") value /= 10000;
        else if (reading.unit !== "万元") warnings.push(`${describe(input)} ${def.table.name}「${def.column.label}」「${input.report.cells[def.key]?.raw}」没有单位，按万元计入`);
      }
      sum += value;
    });
    if (unknown) {
      cells[def.key] = { raw: "", value: null };
      continue;
    }
    const raw = def.kind === "freeAmount" ? `${round(sum)}万元` : String(round(sum));
    cells[def.key] = { raw, value: round(sum) };
  }
  for (const [where, count] of blanks) warnings.push(`${where}有${count}格未填写（空白不按0计算），汇总表中的这些格留空`);

  const fees = inputs.map((i) => i.report.meta.informationFeeYuan);
  const report: Report = {
    meta: {
      agency: options.agency,
      reportYear: [...years][0],
      edition,
      informationFeeYuan: fees.every((f) => f !== undefined) ? round(fees.reduce((s, f) => s + (f ?? 0), 0)) : undefined,
    },
    cells,
    inputProblems: [],
    source: { kind: "aggregate" },
  };
  return { ok: true, report, contributors: inputs.map((i) => ({ agency: i.report.meta.agency, file: i.file })), warnings };
}
