import { columnName, editionIndex, levelById, rowName } from "../editions";
import type { CheckContext } from "./context";

export function checkMeta(ctx: CheckContext): void {
  if (!ctx.report.meta.agency.trim()) ctx.add("meta.agencyMissing", {}, {});
}

/** Problems met while reading the input: unknown keys, rows of the wrong length, what an importer could not read. */
export function checkInput(ctx: CheckContext): void {
  for (const problem of ctx.report.inputProblems) {
    if (problem.kind === "finding") {
      ctx.add(problem.rule, problem.values, { ...problem.location }, problem.expected, problem.actual);
    } else if (problem.kind === "unknownKey") {
      ctx.add("input.unknownKey", { key: problem.key, edition: ctx.index.edition.name }, { key: problem.key });
    } else {
      const home = editionIndex(ctx.index.edition.id).rowHome(problem.rowKey);
      const row = home ? rowName(home.block, home.row) : problem.rowKey;
      ctx.add("input.rowLength", { table: home?.table.name, row, expected: problem.expected, actual: problem.actual }, { table: home?.table.name, row }, problem.expected, problem.actual);
    }
  }
}

/** Rule 9: 规章 are made only by some levels; a township with 规章 is suspicious. */
export function checkRegulationsLevel(ctx: CheckContext): void {
  const level = levelById(ctx.report.meta.level);
  if (!level || level.mayMakeRegulations !== false) return;
  const home = ctx.index.rowHome("t2.regulations");
  const normative = ctx.index.rowHome("t2.normativeDocuments");
  if (!home || !normative) return;
  const filled = home.block.columns
    .map((c) => ({ c, v: ctx.value(`t2.regulations|${c.key}`) }))
    .filter((x) => x.v !== undefined && x.v !== 0);
  if (filled.length === 0) return;
  const values = filled.map((x) => `${columnName(home.block, x.c)}${x.v}`).join("，");
  const first = `t2.regulations|${filled[0].c.key}`;
  ctx.add(
    "t2.regulationsLevel",
    { values, level: level.label, normativeLabel: normative.row.label },
    { ...ctx.locate(first), row: rowName(home.block, home.row) },
  );
}
