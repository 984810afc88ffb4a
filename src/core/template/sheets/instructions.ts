import { editionIndex, editions, editionYears } from "../../editions";
import type { EditionId } from "../../editions";
import { carryOverRule, identityRules, inForceChainRows, inForceChainRule, ruleById } from "../../rules";
import type { TemplateLayout } from "../layout";
import { templateMarker } from "../marker";
import { COLOURS } from "../styles";
import { instructionSteps, instructionTexts, sheetTexts } from "../wording";
import { protectInputsOnly, SheetDraft } from "./draft";

export interface TitleOptions {
  agency?: string;
  reportYear?: number;
}

export function reportTitle(edition: EditionId, options: TitleOptions): string {
  const who = options.agency?.trim() ?? "";
  const year = options.reportYear ? `${options.reportYear}年` : "";
  return `${who}${year}政府信息公开工作年度报告 填报模板（${editions[edition].name}）`;
}

/** 填报说明: what the workbook is, how to fill it, what the checks mean, and the template marker. */
export function instructionsSheet(layout: TemplateLayout, options: TitleOptions): SheetDraft {
  const e = editions[layout.edition];
  const s = new SheetDraft(layout.sheets.instructions, "instructions");
  s.tabColor = COLOURS.tabInfo;
  s.columnWidths = { 1: 14, 2: 96 };
  s.value("A1", reportTitle(layout.edition, options), "title", "A1:B1");
  s.rowHeights[1] = 30;
  s.value("A2", instructionTexts.editionLabel, "textBold").value("B2", `${e.name}：《${e.formatTitle}》（${e.documentNumber}）`, "text");
  s.value("A3", instructionTexts.yearsLabel, "textBold").value("B3", `${editionYears(layout.edition)}的报告`, "text");
  s.value("A4", sheetTexts.markerLabel, "marker").value(layout.marker.address, templateMarker(layout.edition, layout.templateVersion), "marker");

  let row = 6;
  const heading = (text: string) => s.value(`A${row}`, text, "subtitle", `A${row}:B${row++}`);
  const line = (label: string | number, text: string) => s.value(`A${row}`, label, "labelCenter").value(`B${row++}`, text, "label");

  heading(instructionTexts.stepsHeading);
  const steps = [...instructionSteps, ...kindSteps(layout.edition)];
  steps.forEach((text, i) => line(i + 1, text));

  row++;
  heading(instructionTexts.rulesHeading);
  let n = 1;
  for (const rule of identityRules) line(instructionTexts.ruleLabel(n++), rule.title);
  line(instructionTexts.ruleLabel(n++), `${ruleById(carryOverRule.id).title}${instructionTexts.needsLastYear}`);
  if (inForceChainRows(layout.edition).length) line(instructionTexts.reminderLabel, `${ruleById(inForceChainRule.id).title}${instructionTexts.inForceChainNote}`);
  line(instructionTexts.rulesNote.label, instructionTexts.rulesNote.text);

  row++;
  heading(instructionTexts.coloursHeading);
  s.value(`A${row}`, instructionTexts.colours.input.label, "inputSample").value(`B${row++}`, instructionTexts.colours.input.text, "label");
  s.value(`A${row}`, instructionTexts.colours.fixed.label, "formula").value(`B${row++}`, instructionTexts.colours.fixed.text, "label");
  s.value(`A${row}`, instructionTexts.colours.problem.label, "problemSample").value(`B${row++}`, instructionTexts.colours.problem.text, "label");

  row++;
  heading(instructionTexts.protectionHeading);
  s.value(`A${row}`, "", "label").value(`B${row++}`, instructionTexts.protection, "label");
  s.protection = protectInputsOnly();
  return s;
}

/** Steps that depend on the kinds of cell the edition has, naming its columns verbatim. */
function kindSteps(edition: EditionId): string[] {
  const cells = editionIndex(edition).cells;
  const labelsOf = (kind: string) => [...new Set(cells.filter((c) => c.kind === kind).map((c) => `${c.table.name}「${c.column.label}」`))].join("、");
  const steps: string[] = [];
  if (cells.some((c) => c.kind === "signedCount")) steps.push(`${labelsOf("signedCount")}：${instructionTexts.kindSteps.signedCount}`);
  if (cells.some((c) => c.kind === "amountWan")) steps.push(`${labelsOf("amountWan")}：${instructionTexts.kindSteps.amountWan}`);
  if (cells.some((c) => c.kind === "freeAmount")) steps.push(`${labelsOf("freeAmount")}：${instructionTexts.kindSteps.freeAmount}`);
  return steps;
}
