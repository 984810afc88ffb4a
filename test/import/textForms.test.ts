import { editionIndex, validate } from "../../src/core";
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

/**
 * 表三 with a 小计 column added after 其他 (some provinces print one), or with 总计 first as well — in running text,
 * where nothing lines the columns up but the header's words. Read by those words, every cell as transcribed, and
 * said once (import.columnsByHeader). The 小计 of 淮安's rows is worked out from the transcribed cells.
 */
describe("表三 with a 小计 column, written as text", () => {
  const { original } = fixture("huaian-2024", "淮安市人民政府");
  const t3 = editionIndex("2021").table("t3").blocks[0];
  const raw = (row: string, column: string) => original.cells[`${row}|${column}`].raw;
  const organisations = ["commercial", "research", "publicInterest", "legalService", "otherOrganisation"];
  const layouts = {
    "小计 after 其他": { upper: ["自然人", "法人或其他组织", "总计"], columns: ["naturalPerson", ...organisations, "subtotal", "total"] },
    "总计 first, 小计 last": { upper: ["总计", "自然人", "法人或其他组织"], columns: ["total", "naturalPerson", ...organisations, "subtotal"] },
  };
  const separators = { pipes: (cells: string[]) => [`| ${cells.join(" | ")} |`], tabs: (cells: string[]) => [cells.join("\t")], spaces: (cells: string[]) => [cells.join(" ")], cellPerLine: (cells: string[]) => cells };

  test.each(Object.keys(layouts).flatMap((layout) => Object.keys(separators).map((sep) => [layout, sep])))("%s, %s", (layout, sep) => {
    const { upper, columns } = layouts[layout as keyof typeof layouts];
    const write = separators[sep as keyof typeof separators];
    const lines = ["淮安市人民政府2024年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"];
    lines.push(...write(["申请人情况"]), ...write(upper), ...write(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "小计"]));
    for (const row of t3.rows) {
      const subtotal = organisations.reduce((sum, c) => sum + Number(raw(row.key, c)), 0);
      lines.push(...write([row.label, ...columns.map((c) => (c === "subtotal" ? String(subtotal) : raw(row.key, c)))]));
    }
    lines.push("四、政府信息公开行政复议、行政诉讼情况");
    const report = read(lines.join("\n"));
    for (const def of editionIndex("2021").cells.filter((c) => c.table.id === "t3")) expect([def.key, report.cells[def.key]?.raw]).toEqual([def.key, original.cells[def.key].raw]);
    const findings = validate(report);
    expect(findings.filter((f) => f.rule === "import.columnsByHeader").map((f) => f.message)).toEqual([expect.stringContaining("小计")]);
    expect(findings.filter((f) => f.rule.startsWith("t3."))).toEqual([]);
  });

  test("the format's own order is read as it is, and nothing is said", () => {
    const lines = ["淮安市人民政府2024年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况", "自然人 法人或其他组织 总计", "商业企业 科研机构 社会公益组织 法律服务机构 其他"];
    for (const row of t3.rows) lines.push([row.label, ...t3.columns.map((c) => raw(row.key, c.key))].join(" "));
    const report = read(lines.join("\n"));
    for (const def of editionIndex("2021").cells.filter((c) => c.table.id === "t3")) expect([def.key, report.cells[def.key]?.raw]).toEqual([def.key, original.cells[def.key].raw]);
    expect(validate(report).filter((f) => f.rule === "import.columnsByHeader")).toEqual([]);
  });
});

/**
 * A converter that meets a label cell written over two or three lines (OCR, PDF to markdown) writes each line as a
 * table row of its own: the rest of the label with empty cells, above or below the row with the numbers
 * (「| 形，不计其他情形） | | | … |」). Such rows are the label's parts, not rows of blanks.
 */
describe.each(FIXTURES)("%s as markdown with label cells broken over table rows", (name, agency) => {
  const { original, source } = fixture(name, agency);
  const rowOf = (cells: string[]) => `| ${cells.join(" | ")} |`;
  const broken = {
    "rest below": (label: string, values: string[]) => [rowOf([label.slice(0, 8), ...values]), rowOf([label.slice(8), ...values.map(() => " ")])],
    "start above": (label: string, values: string[]) => [rowOf([label.slice(0, 8), ...values.map(() => " ")]), rowOf([label.slice(8), ...values])],
    "above and below": (label: string, values: string[]) => [rowOf([label.slice(0, 5), ...values.map(() => " ")]), rowOf([label.slice(5, 10), ...values]), rowOf([label.slice(10), ...values.map(() => " ")])],
  };
  test.each(Object.keys(broken))("%s", (how) => {
    const lines = renderDocument(source, "markdown")
      .split("\n")
      .flatMap((line) => {
        const cells = line.startsWith("| ") ? line.slice(2, -2).split(" | ") : [];
        const [label, ...values] = cells;
        // Rows whose label is long and whose cells hold numbers: the ones a narrow column wraps.
        if (!label || label.length < 12 || !values.some((v) => /^\d/.test(v))) return [line];
        return broken[how as keyof typeof broken](label, values);
      });
    const report = read(lines.join("\n"));
    expect(report.cells).toEqual(original.cells);
    expect(report.inputProblems).toEqual([]);
  });
});
