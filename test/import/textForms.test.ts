import { validate } from "../../src/core";
import type { Report } from "../../src/core";
import { importText } from "../../src/core/import";
import { transcribed } from "./helpers";
import { renderDocument, TEXT_FORMS } from "./textForms";
import type { TextForm } from "./textForms";

/**
 * The two fixture reports (淮安 2024, 2021格式; 余姚 2020, 2019格式) written out in every text form published reports
 * come in — pipes, markdown with a converter's generic headers, one cell per line between blank lines or 「|」 lines,
 * labels with their values on the next line, tabs, digits glued to their labels, page markers between rows — each
 * read back through the one text importer. Every cell read is the transcribed one; a cell that cannot be read is
 * named by a finding, never a wrong number and never a zero.
 */

function read(text: string): Report {
  const result = importText(text);
  if (!result.ok) throw new Error(result.reason);
  return result.report;
}

/** Cells the import names as not read (by any import.* finding). */
const unread = (report: Report) => new Set(report.inputProblems.flatMap((p) => (p.kind === "finding" ? (p.keys ?? []) : [])));

/** Forms where an empty cell is visible or every cell has a number: the tables come back whole. */
const WHOLE: readonly TextForm[] = ["pipes", "markdown", "cellPerLine", "cellPerLineBars", "valuesNextLine", "tabs", "pageBreaks"];

/** The two fixtures, with the agency their titles name (the transcriptions leave it blank). */
const FIXTURES = [
  ["huaian-2024", "淮安市人民政府"],
  ["yuyao-2020", "余姚市应急管理局"],
] as const;

function fixture(name: (typeof FIXTURES)[number][0], agency: string) {
  const original = transcribed(name);
  return { original, source: { ...original, meta: { ...original.meta, agency } } };
}

describe.each(FIXTURES)("%s", (name, agency) => {
  const { original, source } = fixture(name, agency);

  test.each(WHOLE.map((f) => [f]))("%s: every cell as transcribed, nothing unread, no identity error", (form) => {
    const report = read(renderDocument(source, form));
    expect(report.meta).toMatchObject({ agency, reportYear: original.meta.reportYear, edition: original.meta.edition });
    expect(report.cells).toEqual(original.cells);
    expect(report.inputProblems).toEqual([]);
    expect(validate(report).filter((f) => f.severity === "error")).toEqual([]);
  });

  test.each([["digitRuns"], ["digitRunsOneLine"]] as const)("%s: each cell read is the transcribed one; the others are named", (form) => {
    const report = read(renderDocument(source, form));
    const named = unread(report);
    for (const [key, cell] of Object.entries(original.cells)) {
      if (named.has(key)) expect(report.cells[key]).toBeUndefined();
      else expect([key, report.cells[key]]).toEqual([key, cell]);
    }
    // Only digit-run findings and rows whose glued text cannot be a run of digits (「188-3185」, 「134366.47203万元」).
    for (const p of report.inputProblems) expect(["import.digitRunAmbiguous", "import.rowUnreadable"]).toContain(p.kind === "finding" ? p.rule : p.kind);
    expect(validate(report).filter((f) => /^t[34]\./.test(f.rule))).toEqual([]);
  });
});

test("the forms cover what the issue lists", () => {
  expect([...TEXT_FORMS].sort()).toEqual([...WHOLE, "digitRuns", "digitRunsOneLine"].sort());
});

describe("a row label written slightly otherwise (a word left out or added) is still its row, and said", () => {
  const original = transcribed("huaian-2024");
  const source = { ...original, meta: { ...original.meta, agency: "淮安市人民政府" } };
  test.each([["pipes"], ["cellPerLine"], ["pageBreaks"]] as const)("%s", (form) => {
    const text = renderDocument(source, form).replace("1.本机关不掌握相关政府信息", "1.本机关不掌握相关信息").replace("4.保护第三方合法权益", "4.保护第三方的合法权益");
    const report = read(text);
    expect(report.cells).toEqual(original.cells);
    expect(report.inputProblems).toEqual([]);
    const labels = validate(report).filter((f) => f.rule === "label.variant");
    expect(labels.map((f) => f.location.row)).toEqual(["1.本机关不掌握相关政府信息"]);
  });

  test("only the expected next row, and only when close: another row's words are not taken for it", () => {
    const text = renderDocument(source, "pipes").replace("1.本机关不掌握相关政府信息", "1.本单位没有");
    const report = read(text);
    expect(report.cells["t3.unavailable.notHeld|total"]).toBeUndefined();
  });
});

/**
 * Text copied from a PDF viewer keeps each page's number as a bare line (「12」) where the page broke — between two
 * rows, after a row's last cell, after a header. A number on its own is never a cell of the row whose label follows
 * it: the rows around it are read as printed, and the number is named as text that is not a row.
 */
describe.each(FIXTURES)("%s with bare page numbers where pages broke", (name, agency) => {
  const { original, source } = fixture(name, agency);

  test.each([["cellPerLine"], ["tabs"]] as const)("%s: no cell takes a page number, none shifts", (form) => {
    const lines = renderDocument(source, form).split("\n");
    // A page number after every 25th line of the tables: after values, after headers, after labels.
    const start = lines.indexOf("二、主动公开政府信息情况");
    const paged = lines.flatMap((line, i) => (i > start && (i - start) % 25 === 0 ? [line, String(3 + (i - start) / 25)] : [line]));
    const report = read(paged.join("\n"));
    const named = unread(report);
    for (const [key, cell] of Object.entries(original.cells)) {
      if (named.has(key)) expect(report.cells[key]?.value ?? null).toBeNull();
      else expect([key, report.cells[key]?.value]).toEqual([key, cell.value]);
    }
    expect(validate(report).filter((f) => /^t[34]\./.test(f.rule) && f.severity === "error")).toEqual([]);
  });

  test("a page number after a header, before the next row's label (one cell per line, no blank lines): that row is read as printed", () => {
    const lines = renderDocument(source, "cellPerLine")
      .split("\n")
      .filter((l) => l !== "");
    const header = lines.indexOf("第二十条第（六）项");
    const lastHeaderWord = lines.findIndex((l, i) => i > header && (l === "处理决定数量" || l === "本年处理决定数量"));
    lines.splice(lastHeaderWord + 1, 0, "12");
    const report = read(lines.join("\n"));
    for (const key of Object.keys(original.cells).filter((k) => k.startsWith("t2.penalty|"))) {
      expect([key, report.cells[key]?.value]).toEqual([key, original.cells[key].value]);
    }
  });
});

test("「/」 cells glued to their label or to each other (「规章///」) are one placeholder each, not a blank row", () => {
  const text = [
    "某某局2021年政府信息公开工作年度报告",
    "二、主动公开政府信息情况",
    "第二十条第（一）项",
    "信息内容本年制发件数本年废止件数现行有效件数",
    "规章///",
    "行政规范性文件 ///",
    "第二十条第（五）项",
    "信息内容本年处理决定数量",
    "行政许可11839",
    "第二十条第（六）项",
    "行政处罚/",
    "行政强制／",
  ].join("\n");
  const report = read(text);
  const raw = (row: string) => Object.entries(report.cells).filter(([k]) => k.startsWith(`${row}|`)).map(([, c]) => c.raw);
  expect(raw("t2.regulations")).toEqual(["/", "/", "/"]);
  expect(raw("t2.normativeDocuments")).toEqual(["/", "/", "/"]);
  expect(raw("t2.licensing")).toEqual(["11839"]);
  expect(raw("t2.penalty")).toEqual(["/"]);
  expect(raw("t2.enforcement")).toEqual(["／"]);
  expect(validate(report).filter((f) => f.rule === "cell.blank")).toEqual([]);
});

/**
 * 表四 of an agency with no case is often written with 「/」「—」 or 「无」 in each of its fifteen cells — under its
 * header, with no label of its own. That is the row, every cell a placeholder; not words, not a table cut off.
 * (余姚 2020 had no case: its 表四 is fifteen zeros, written here as the placeholder.)
 */
describe("表四 written with a placeholder in every cell", () => {
  const { source } = fixture("yuyao-2020", "余姚市应急管理局");
  test.each(["/", "—", "无"].flatMap((mark) => (["pipes", "tabs", "pageBreaks", "cellPerLine"] as const).map((form) => [mark, form] as const)))("「%s」, %s", (mark, form) => {
    const text = renderDocument(source, form);
    const t4 = text.indexOf("四、政府信息公开行政复议、行政诉讼情况");
    const written = text.slice(0, t4) + text.slice(t4).replace(/(?<=^|[\s|])0(?=$|[\s|])/gm, mark);
    const report = read(written);
    const t4Cells = Object.entries(report.cells).filter(([k]) => k.startsWith("t4."));
    expect(t4Cells.map(([, c]) => c.raw)).toEqual(Array(15).fill(mark));
    expect(validate(report).filter((f) => f.severity === "error")).toEqual([]);
  });
});
