import { editionIndex, editions, editionYears } from "../../editions";
import type { EditionId } from "../../editions";
import { carryOverRule, identityRules, inForceChainRows, inForceChainRule, ruleById } from "../../rules";
import type { TemplateLayout } from "../layout";
import { templateMarker } from "../marker";
import { COLOURS } from "../styles";
import { instructionSteps, sheetTexts } from "../wording";
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
  s.value("A2", "报告格式", "textBold").value("B2", `${e.name}：《${e.formatTitle}》（${e.documentNumber}）`, "text");
  s.value("A3", "适用年度", "textBold").value("B3", `${editionYears(layout.edition)}的报告`, "text");
  s.value("A4", sheetTexts.markerLabel, "marker").value(layout.marker.address, templateMarker(layout.edition, layout.templateVersion), "marker");

  let row = 6;
  const heading = (text: string) => s.value(`A${row}`, text, "subtitle", `A${row}:B${row++}`);
  const line = (label: string | number, text: string) => s.value(`A${row}`, label, "labelCenter").value(`B${row++}`, text, "label");

  heading("一、填写步骤");
  const steps = [...instructionSteps, ...kindSteps(layout.edition)];
  steps.forEach((text, i) => line(i + 1, text));

  row++;
  heading("二、勾稽关系（「校验」表自动核对，每一项都应成立）");
  let n = 1;
  for (const rule of identityRules) line(`规则${n++}`, rule.title);
  line(`规则${n++}`, `${ruleById(carryOverRule.id).title}（需填「上年数据」）`);
  if (inForceChainRows(layout.edition).length) line(`提醒`, `${ruleById(inForceChainRule.id).title}（需填「上年数据」；文件到期失效时可能不一致，请核实）`);
  line("说明", "空白、「/」「-」「无」和文字在校验中按0计算；请一律填写数字，没有发生的填0。");

  row++;
  heading("三、颜色说明");
  s.value(`A${row}`, "黄色", "inputSample").value(`B${row++}`, "由您填写的单元格。", "label");
  s.value(`A${row}`, "灰色", "formula").value(`B${row++}`, "自动计算或固定的内容，不能修改。", "label");
  s.value(`A${row}`, "红色", "problemSample").value(`B${row++}`, "有问题的单元格（合计对不上、填了文字、负数或小数）会自动变成红色。", "label");

  row++;
  heading("四、保护");
  s.value(`A${row}`, "", "label").value(
    `B${row++}`,
    "各表已设置保护（没有密码），只能在黄色单元格中填写，以免误改栏目名称和公式。如确需修改，可在「审阅」选项卡点击「撤消工作表保护」。主管部门可设置密码，见使用说明。",
    "label",
  );
  s.protection = protectInputsOnly();
  return s;
}

/** Steps that depend on the kinds of cell the edition has, naming its columns verbatim. */
function kindSteps(edition: EditionId): string[] {
  const cells = editionIndex(edition).cells;
  const labelsOf = (kind: string) => [...new Set(cells.filter((c) => c.kind === kind).map((c) => `${c.table.name}「${c.column.label}」`))].join("、");
  const steps: string[] = [];
  if (cells.some((c) => c.kind === "signedCount")) steps.push(`${labelsOf("signedCount")}：增加的填正数，减少的填负数（如 -3），没有变化的填0。`);
  if (cells.some((c) => c.kind === "amountWan")) steps.push(`${labelsOf("amountWan")}：以万元为单位，只填数字，可以有小数。`);
  if (cells.some((c) => c.kind === "freeAmount")) steps.push(`${labelsOf("freeAmount")}：请在数字后写明单位，如「251000元」或「366.47万元」。`);
  return steps;
}
