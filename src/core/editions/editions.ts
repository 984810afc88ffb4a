import { table2Edition2019, table2Edition2021 } from "./table2";
import { table3Edition2019, table3Edition2021 } from "./table3";
import { table4 } from "./table4";
import type { EditionDef, EditionId } from "./types";

/** 国办公开办函〔2019〕60号 — report years 2019 and 2020. */
export const edition2019: EditionDef = {
  id: "2019",
  name: "2019格式",
  formatTitle: "中华人民共和国政府信息公开工作年度报告格式（试行）",
  documentNumber: "国办公开办函〔2019〕60号",
  firstYear: 2019,
  lastYear: 2020,
  tables: [table2Edition2019, table3Edition2019, table4],
};

/** 国办公开办函〔2021〕30号 (2021-09-26) — report years 2021 onward. */
export const edition2021: EditionDef = {
  id: "2021",
  name: "2021格式",
  formatTitle: "中华人民共和国政府信息公开工作年度报告格式",
  documentNumber: "国办公开办函〔2021〕30号",
  firstYear: 2021,
  tables: [table2Edition2021, table3Edition2021, table4],
};

export const editions: Readonly<Record<EditionId, EditionDef>> = { "2019": edition2019, "2021": edition2021 };
export const editionIds: readonly EditionId[] = ["2019", "2021"];

/** The report years an edition covers, as the template says them: 「2019—2020年度」, 「2021年度及以后」. */
export function editionYears(id: EditionId): string {
  const e = editions[id];
  return e.lastYear ? `${e.firstYear}—${e.lastYear}年度` : `${e.firstYear}年度及以后`;
}

/** The edition a report for `year` must use, or undefined before 2019 (older formats are not supported). */
export function editionForYear(year: number): EditionId | undefined {
  return editionIds.find((id) => {
    const e = editions[id];
    return year >= e.firstYear && (e.lastYear === undefined || year <= e.lastYear);
  });
}

export function isEditionId(value: unknown): value is EditionId {
  return value === "2019" || value === "2021";
}
