import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import { PROMPT_PATTERN } from "../core/narrative";
import type { DraftBlock, NarrativeDraft, TableGrid } from "../core/narrative";

/**
 * The generated report as a Word document, laid out like a published government report: A4 with the usual margins,
 * 宋体 body text (East-Asian font set explicitly, so Word uses it for Chinese), 黑体 section headings, the three
 * tables with the official merged headers, page numbers 「- 1 -」, and prompts in red so nothing unwritten slips into
 * print. Pure (the docx package runs in browsers and Node): the task pane offers it as a download, the CLI writes it.
 */

const BODY_FONT = { eastAsia: "宋体", ascii: "Times New Roman", hAnsi: "Times New Roman" };
const HEADING_FONT = { eastAsia: "黑体", ascii: "Times New Roman", hAnsi: "Times New Roman" };
/** Half-points: 二号 22pt, 三号 16pt, 五号 10.5pt, 小五 9pt. */
const SIZE = { title: 44, body: 32, table: 21, wideTable: 18 };
const CM = 567;
/** A4 portrait, the margins of government documents (GB/T 9704: 37/35/28/26 mm). */
const PAGE = { width: 11906, height: 16838, top: Math.round(3.7 * CM), bottom: Math.round(3.5 * CM), left: Math.round(2.8 * CM), right: Math.round(2.6 * CM) };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** Body and heading paragraphs: 固定值 28 磅 line spacing, first line indented by two characters (16 pt each). */
const BODY_LINE = { indent: { firstLine: 2 * 320 }, spacing: { line: 560, lineRule: LineRuleType.EXACT } };
const PROMPT_COLOR = "C00000";

/** Text runs of a paragraph; prompts 「【请填写：…】」 in red. */
function runs(text: string, options: { bold?: boolean; size?: number; font?: typeof BODY_FONT } = {}): TextRun[] {
  const out: TextRun[] = [];
  let at = 0;
  const base = { font: options.font ?? BODY_FONT, size: options.size ?? SIZE.body, bold: options.bold };
  for (const m of text.matchAll(PROMPT_PATTERN)) {
    if (m.index > at) out.push(new TextRun({ ...base, text: text.slice(at, m.index) }));
    out.push(new TextRun({ ...base, text: m[0], color: PROMPT_COLOR }));
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push(new TextRun({ ...base, text: text.slice(at) }));
  return out;
}

function bodyParagraph(text: string): Paragraph {
  return new Paragraph({ children: runs(text), ...BODY_LINE, alignment: AlignmentType.JUSTIFIED });
}

/** Column widths in twips: label columns wider than value columns (表三's first column only holds 「三、本年度办理结果」). */
function columnWidths(grid: TableGrid): number[] {
  const labelShare: Record<string, number[]> = { t2: [0.34], t3: [0.07, 0.13, 0.26] };
  const labels = (labelShare[grid.table] ?? []).slice(0, grid.labelColumns).map((s) => Math.round(s * TEXT_WIDTH));
  const rest = TEXT_WIDTH - labels.reduce((a, b) => a + b, 0);
  const values = grid.width - labels.length;
  return [...labels, ...Array.from({ length: values }, () => Math.floor(rest / values))];
}

function table(grid: TableGrid): Table {
  const size = grid.width > 10 ? SIZE.wideTable : SIZE.table;
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: columnWidths(grid),
    rows: grid.rows.map(
      (row, index, rows) =>
        new TableRow({
          cantSplit: true,
          tableHeader: index < grid.headerRows,
          children: row.map(
            (cell) =>
              new TableCell({
                columnSpan: cell.colSpan,
                rowSpan: cell.rowSpan,
                verticalAlign: VerticalAlignTable.CENTER,
                margins: { left: 40, right: 40, top: 20, bottom: 20 },
                children: [
                  new Paragraph({
                    // Captions and header rows stay with the rows they head (「第二十条第（九）项」 never ends a page).
                    keepNext: index < rows.length - 1 && row.every((c) => c.header),
                    alignment: cell.header && (cell.colSpan ?? 1) > 1 && grid.table !== "t3" ? AlignmentType.CENTER : cell.header ? AlignmentType.LEFT : AlignmentType.CENTER,
                    children: runs(cell.text, { size }),
                  }),
                ],
              }),
          ),
        }),
    ),
  });
}

function blockContent(block: DraftBlock): (Paragraph | Table)[] {
  if (block.kind === "subheading") {
    return [new Paragraph({ children: runs(block.text, { bold: true }), ...BODY_LINE, keepNext: true })];
  }
  if (block.kind === "paragraph") return [bodyParagraph(block.text)];
  // A table is followed by an empty line, as in print.
  return [table(block.grid), new Paragraph({ children: [] })];
}

function buildNarrativeDocument(draft: NarrativeDraft): Document {
  const children: (Paragraph | Table)[] = [
    ...draft.title.map(
      (line) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { line: 700, lineRule: LineRuleType.EXACT }, children: runs(line, { size: SIZE.title, bold: true }) }),
    ),
    new Paragraph({ children: [] }),
    bodyParagraph(draft.preamble),
  ];
  for (const section of draft.sections) {
    children.push(new Paragraph({ children: runs(section.heading, { font: HEADING_FONT, bold: true }), ...BODY_LINE, keepNext: true }));
    for (const block of section.blocks) children.push(...blockContent(block));
  }
  const pageNumber = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text: "- ", font: BODY_FONT, size: 28 }), new TextRun({ children: [PageNumber.CURRENT], font: BODY_FONT, size: 28 }), new TextRun({ text: " -", font: BODY_FONT, size: 28 })],
  });
  return new Document({
    creator: draft.agency || "xxgk",
    title: draft.title.join(""),
    styles: { default: { document: { run: { font: BODY_FONT, size: SIZE.body } } } },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right } } },
        footers: { default: new Footer({ children: [pageNumber] }) },
        children,
      },
    ],
  });
}

/** The .docx file's bytes (Node: write them; browser: `new Blob([bytes])` for a download). */
export async function narrativeDocx(draft: NarrativeDraft): Promise<Uint8Array> {
  return Packer.pack(buildNarrativeDocument(draft), "uint8array");
}
