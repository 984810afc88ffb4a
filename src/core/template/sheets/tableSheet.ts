import { kindRules, valueKinds } from "../../editions";
import type { KindRule, TableDef, ValueKind } from "../../editions";
import { identityChecks } from "../../rules";
import { identityBroken } from "../checkFormulas";
import { absolute, columnLetter, toRanges } from "../address";
import type { TableGrid } from "../grid";
import type { TemplateLayout } from "../layout";
import { COLOURS } from "../styles";
import type { StyleId } from "../types";
import { kindWording, sheetTexts } from "../wording";
import { protectInputsOnly, SheetDraft } from "./draft";

const inputStyle: Readonly<Record<ValueKind, StyleId>> = {
  count: "input.count",
  signedCount: "input.signedCount",
  amountWan: "input.amountWan",
  freeAmount: "input.freeAmount",
};

const PROBLEM = { fill: COLOURS.problemFill, fontColor: COLOURS.problemText };

/** A grid's cells, inputs, merges, validations and problem highlighting, drawn onto a sheet. */
export function drawGrid(s: SheetDraft, grid: TableGrid): void {
  for (const k of Object.keys(grid.columnWidths)) s.columnWidths[Number(k)] = Math.max(s.columnWidths[Number(k)] ?? 0, grid.columnWidths[Number(k)]);
  for (const block of grid.blocks) {
    for (const c of block.cells) s.value(c.address, c.text, c.style, c.merge);
    for (const input of block.inputs) s.value(input.address, undefined, inputStyle[input.kind], input.merge);
  }
  const inputs = grid.blocks.flatMap((b) => b.inputs);
  for (const kind of valueKinds) {
    const addresses = inputs.filter((i) => i.kind === kind).map((i) => i.address);
    if (addresses.length === 0) continue;
    const w = kindWording[kind];
    const rule = validationRule(kindRules[kind]);
    for (const range of toRanges(addresses)) {
      s.validations.push({ range, rule, allowBlank: true, prompt: w.prompt, ...(w.error ? { error: w.error } : {}) });
      // Text, negative numbers and decimals where they do not belong turn red as they are typed.
      const first = range.split(":")[0];
      const bad = problemFormula(kindRules[kind], first);
      if (bad) s.conditionalFormats.push({ range, formula: bad, style: PROBLEM });
    }
  }
}

/** 表二 / 表三 / 表四 as the official grid, with the identities' anchor cells turning red when a total is off. */
export function tableSheet(layout: TemplateLayout, table: TableDef, grid: TableGrid): SheetDraft {
  const s = new SheetDraft(layout.sheets.tables[table.id], "table");
  s.tabColor = COLOURS.tabTables;
  const width = grid.labelColumns + grid.dataColumns;
  const last = (row: number) => `${columnLetter(width)}${row}`;
  s.value("A1", table.heading, "title", `A1:${last(1)}`);
  s.rowHeights[1] = 30;
  s.value("A2", sheetTexts.tableNote, "note", `A2:${last(2)}`);
  drawGrid(s, grid);

  // An identity that fails colours its anchor (the total a clerk most likely got wrong); blanks that could still
  // mend it do not (the 校验 sheet's rule, identityBroken).
  for (const check of identityChecks(layout.edition).filter((c) => c.table.id === table.id)) {
    const left = toRanges(check.left.map((k) => layout.cellMap[k].address)).map(absolute);
    const right = toRanges(check.right.map((k) => layout.cellMap[k].address)).map(absolute);
    s.conditionalFormats.push({
      range: layout.cellMap[check.anchor].address,
      formula: identityBroken(`SUM(${left.join(",")})`, `SUM(${right.join(",")})`, left, right),
      style: { ...PROBLEM, bold: true },
    });
  }

  const single = grid.blocks.length === 1 ? grid.blocks[0] : undefined;
  if (single) {
    s.freeze = { rows: single.header.last, columns: grid.labelColumns };
    s.print.repeatRows = { first: single.header.first, last: single.header.last };
  } else {
    s.freeze = { rows: 2, columns: 0 };
  }
  s.protection = protectInputsOnly();
  return s;
}

/** Excel's own check of what a kind may hold (free text only has a length limit). */
function validationRule(k: KindRule) {
  if (!k.number) return { type: "textLength", operator: "lessThanOrEqual", max: 100 } as const;
  const type = k.integer ? "whole" : "decimal";
  return k.negative ? ({ type, operator: "between", min: -999999999, max: 999999999 } as const) : ({ type, operator: "greaterThanOrEqual", min: 0 } as const);
}

/** True where a typed value breaks what the kind may hold: text, a negative or a decimal where they do not belong. */
function problemFormula(k: KindRule, cell: string): string | undefined {
  if (!k.number) return undefined;
  const wrong = [...(k.negative ? [] : [`${cell}<0`]), ...(k.integer ? [`${cell}<>INT(${cell})`] : [])];
  if (wrong.length === 0) return `ISTEXT(${cell})`;
  return `OR(ISTEXT(${cell}),AND(ISNUMBER(${cell}),${wrong.length > 1 ? `OR(${wrong.join(",")})` : wrong[0]}))`;
}
