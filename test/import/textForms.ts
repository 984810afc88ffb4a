import { tableGrid } from "../../src/core";
import type { Report, TableId } from "../../src/core";

/**
 * A report's tables written out in the text forms published reports really come in (corpus/INDEX.tsv and the issue
 * that asked for them): the official grid of each table (narrative/tables.ts, drawn from the edition data) with the
 * transcribed cells, flattened the way a browser copy, an OCR tool, a PDF-to-markdown converter or a crawler
 * flattens it. Each form is a whole document: title, statistics period, the six headings, the three tables.
 */

export type TextForm =
  | "pipes"
  | "markdown"
  | "cellPerLine"
  | "cellPerLineBars"
  | "valuesNextLine"
  | "tabs"
  | "digitRuns"
  | "digitRunsOneLine"
  | "pageBreaks";

export const TEXT_FORMS: readonly TextForm[] = ["pipes", "markdown", "cellPerLine", "cellPerLineBars", "valuesNextLine", "tabs", "digitRuns", "digitRunsOneLine", "pageBreaks"];

const TABLES: readonly { id: TableId; heading: string }[] = [
  { id: "t2", heading: "二、主动公开政府信息情况" },
  { id: "t3", heading: "三、收到和处理政府信息公开申请情况" },
  { id: "t4", heading: "四、政府信息公开行政复议、行政诉讼情况" },
];

/** Rows of a table as a page shows them: its cells' texts in reading order (spanned cells once), labels and values. */
function gridRows(report: Report, id: TableId): { cells: string[]; labels: string[]; values: string[]; header: boolean }[] {
  return tableGrid(report, id).rows.map((row) => ({
    cells: row.map((c) => c.text),
    labels: row.filter((c) => c.header === true).map((c) => c.text),
    values: row.filter((c) => c.header !== true).map((c) => c.text),
    header: row.every((c) => c.header === true),
  }));
}

function renderTable(report: Report, id: TableId, form: TextForm): string[] {
  const rows = gridRows(report, id);
  const lines: string[] = [];
  const width = Math.max(...rows.map((r) => r.cells.length));
  rows.forEach((row, r) => {
    const { cells, labels, values } = row;
    switch (form) {
      case "pipes":
        lines.push(`${cells.join(" | ")} |`);
        break;
      case "markdown":
        // A converter's generic header, repeated before some rows, and the alignment row under it.
        if (r === 0 || r % 7 === 0) {
          lines.push(`| 项目 | ${Array.from({ length: width - 2 }, (_, i) => `数据${i + 1}`).join(" | ")} | 总计 |`);
          lines.push(`|${" --- |".repeat(width)}`);
        }
        lines.push(`| ${cells.map((c) => (c === "" ? " " : c)).join(" | ")} |`);
        break;
      case "cellPerLine":
        for (const c of cells) lines.push(c, "");
        break;
      case "cellPerLineBars":
        for (const c of cells) lines.push(c, "|");
        break;
      case "valuesNextLine":
        if (labels.length) lines.push(labels.join(""));
        if (values.length) lines.push(values.join(" "));
        break;
      case "tabs":
        lines.push(cells.join("\t"));
        break;
      case "digitRuns":
        // A crawler glued each row's cells: the label, then its digits with nothing between.
        lines.push(labels.join("") + values.join(""));
        break;
      case "digitRunsOneLine":
        // The whole table on one line.
        lines[0] = (lines[0] ?? "") + labels.join("") + values.join("");
        break;
      case "pageBreaks":
        lines.push(cells.join(" "));
        if (r % 9 === 4) lines.push("- 3 -", "第3页 共7页");
        break;
    }
  });
  return lines;
}

/** The whole report in one form: its title, statistics period, headings and tables. */
export function renderDocument(report: Report, form: TextForm): string {
  const { agency, reportYear } = report.meta;
  const lines = [
    `${agency}${reportYear}年政府信息公开工作年度报告`,
    `本报告所列数据统计期限自${reportYear}年1月1日起至${reportYear}年12月31日止。`,
    "一、总体情况",
    `${reportYear}年，${agency}认真贯彻落实政府信息公开条例。`,
  ];
  for (const { id, heading } of TABLES) lines.push(heading, ...renderTable(report, id, form));
  lines.push("五、存在的主要问题及改进情况", "一是公开内容还不够丰富。", "六、其他需要报告的事项", "本年度未收取信息处理费。");
  return lines.join("\n");
}
