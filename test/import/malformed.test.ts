import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { editionIndex, refusalText, validate } from "../../src/core";
import type { Finding, Report } from "../../src/core";
import { importDocx, importHtml, importPdfText, importText, IMPORT_LIMITS } from "../../src/core/import";
import type { ImportResult } from "../../src/core/import";
import { readReportWorkbook } from "../../src/xlsx";
import { expectClearRefusal } from "../fuzz/check";
import { runCli } from "../helpers/cli";
import { filesOpened } from "../helpers/fsWatch";
import { FORMS, PUBLISHED, transcribed } from "./helpers";

/**
 * Malformed inputs give clear findings or clear refusals, never a crash and never silent zeros: a cut-off page, a
 * missing table, garbled cells, a row whose numbers cannot be placed, files that are not what their name says, and
 * a 50 MB file (generated here, never committed).
 */

const page = fs.readFileSync(path.join(FORMS, "huaian-2024.html"), "utf8");
const pdfText = fs.readFileSync(path.join(PUBLISHED, "huaian-shizhengfu-2024.txt"), "utf8");
const BIN = path.join(__dirname, "..", "..", "bin", "xxgk.js");

let tmp: string;
beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-malformed-"))));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function ok(result: ImportResult): Report {
  if (!result.ok) throw new Error(result.reason);
  return result.report;
}

/** Findings on the tables and the import; the text's own findings (narrative.*, structure.*) are the narrative checker's. */
const tableFindings = (findings: Finding[]) => findings.filter((f) => !/^(narrative|structure)\./.test(f.rule));
const brief = (findings: Finding[]) => tableFindings(findings).map((f) => [f.rule, f.location.table, f.location.row].filter(Boolean).join(" "));

describe("HTML", () => {
  test("cut off inside 表三: what was read is kept, the cut is said once (where, and what the file never reached) — not zeros", () => {
    const cut = page.slice(0, page.indexOf("1.信访举报投诉类申请") - 40);
    const report = ok(importHtml(cut));
    const findings = validate(report);
    expect(brief(findings)).toEqual(["import.tableCut 表三 （五）不予处理 1.信访举报投诉类申请"]);
    expect(tableFindings(findings)[0].message).toBe(
      "文件在表三「（四）无法提供 3.补正后申请内容仍不明确」行之后中断（到此结束），表三的其余10行、表四整表没有读到，未核对；请对照完整的报告原文。",
    );
    // The cells it names are every cell the file never reached: 10 rows of 表三 and all of 表四.
    expect(report.inputProblems[0]).toMatchObject({ keys: expect.arrayContaining(["t3.total|total", "t4.cases|review.total"]) });
    expect((report.inputProblems[0] as { keys: string[] }).keys).toHaveLength(10 * 7 + 15);
    // The text's 「行政复议351件」 is not compared with a 表四 that was never read.
    expect(findings.filter((f) => f.rule === "narrative.figureMismatch" && f.location.table === "表四")).toEqual([]);
    expect(report.cells["t4.cases|review.total"]).toBeUndefined();
    expect(report.cells["t3.unavailable.notHeld|total"]).toEqual({ raw: "769", value: 769 });
  });

  test("cut off inside a tag: still no crash, and the cut named where it is", () => {
    const cut = page.slice(0, page.indexOf("第二十条第（五）项") - 15);
    expect(brief(validate(ok(importHtml(cut))))).toEqual(["import.tableCut 表二 行政许可"]);
  });

  test("cells and paragraphs left unclosed (「<td><p>12<td><p>0」): read as a browser reads them", () => {
    const report = ok(importHtml(page.replace(/<\/td>|<\/tr>|<\/p>|<\/tbody>/g, "")));
    expect(report.cells).toEqual(transcribed("huaian-2024").cells);
    expect(report.inputProblems).toEqual([]);
  });

  test("a table left out: one import.tableMissing error (not table.empty, not a blank finding per cell)", () => {
    const start = page.indexOf("<table", page.indexOf("四、政府信息公开行政复议、行政诉讼情况"));
    const without = page.slice(0, start) + page.slice(page.indexOf("</table>", start) + 8);
    const findings = validate(ok(importHtml(without)));
    expect(brief(findings)).toEqual(["import.tableMissing 表四"]);
    expect(findings[0].severity).toBe("error");
    expect(findings.filter((f) => f.rule.startsWith("narrative."))).toEqual([]);
  });

  test("garbled cells keep their text and are judged by the cell rules", () => {
    const cell = (value: string) => `<p style="margin:0">${value}</p>`;
    const garbled = page
      .replace(cell("3001"), cell("3OO1")) // letters O for zeros
      .replace(cell("1288"), cell("１２８８")) // full-width digits
      .replace(cell("746"), cell("&nbsp;")) // blank
      .replace(cell("105"), cell("105件"));
    const report = ok(importHtml(garbled));
    expect(report.cells["t3.newReceived|naturalPerson"]).toEqual({ raw: "3OO1", value: null });
    expect(report.cells["t3.disclosed|naturalPerson"]).toEqual({ raw: "１２８８", value: 1288 });
    const rules = validate(report).map((f) => `${f.rule} ${f.location.row}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        "cell.notNumber 一、本年新收政府信息公开申请数量",
        "cell.fullWidth （一）予以公开",
        "cell.blankInferred （四）无法提供 1.本机关不掌握相关政府信息",
        "cell.unit （三）不予公开 8.属于行政查询事项",
      ]),
    );
    expect(rules.filter((r) => r.startsWith("import."))).toEqual([]);
  });

  test("表三 with an added 小计 column and 总计 moved first: read by the header, and said so", () => {
    const expected = transcribed("huaian-2024");
    const t3 = editionIndex("2021").table("t3").blocks[0];
    const value = (row: string, column: string) => expected.cells[`${row}|${column}`].raw;
    const organisations = ["commercial", "research", "publicInterest", "legalService", "otherOrganisation"];
    const rows = t3.rows.map((r) => {
      const subtotal = organisations.reduce((sum, c) => sum + Number(value(r.key, c)), 0);
      const cells = [value(r.key, "total"), value(r.key, "naturalPerson"), ...organisations.map((c) => value(r.key, c)), String(subtotal)];
      return `<tr><td>${r.label}</td>${cells.map((v) => `<td>${v}</td>`).join("")}</tr>`;
    });
    const html = `<h1>淮安市人民政府2024年政府信息公开工作年度报告</h1><table>
      <tr><td rowspan="2">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td rowspan="2">总计</td><td rowspan="2">自然人</td><td colspan="6">法人或其他组织</td></tr>
      <tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td><td>小计</td></tr>
      ${rows.join("\n")}</table>`;
    const report = ok(importHtml(html));
    for (const def of editionIndex("2021").cells.filter((c) => c.table.id === "t3")) expect(report.cells[def.key]).toEqual(expected.cells[def.key]);
    const findings = validate(report);
    // The page holds 表三 only: it starts at 表三 (表二 and 一、二 were never in it) and stops after it (表四).
    expect(brief(findings)).toEqual(["import.columnsByHeader 表三", "import.tableCut 表三", "import.documentCut"]);
    expect(tableFindings(findings)[0].message).toBe(
      "表三的栏目与标准格式不同（总计、自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、小计），已按栏目名称对应读取，多出的栏目未导入；请按标准格式填报。",
    );
  });

  test("another edition's label: read as the edition most labels name, and said so", () => {
    const report = ok(importHtml(page.replace(">行政规范性文件<", ">规范性文件<")));
    expect(report.meta.edition).toBe("2021");
    expect(report.cells["t2.normativeDocuments|issued"].raw).toBe("8");
    expect(brief(validate(report))).toEqual(["import.editionMixed", "label.otherEdition 表二 行政规范性文件"]);
  });

  test("a page without the report: a clear refusal (no year), or, given the year, three missing tables", () => {
    const empty = "<html><body><p>网站维护中</p><script>while(true){}</script></body></html>";
    const refused = importHtml(empty);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.reason).toContain("未能读出报告年度");
    expect(brief(validate(ok(importHtml(empty, { reportYear: 2024 }))))).toEqual([
      "meta.agencyMissing",
      "import.metaFromOption",
      "import.tableMissing 表二",
      "import.tableMissing 表三",
      "import.tableMissing 表四",
    ]);
  });
});

describe("PDF text", () => {
  test("a row that lost a number (a blank cell vanishes from PDF text): not imported, named with what was read", () => {
    const text = pdfText.replace("3、其他 108 2 0 0 0 0 110", "3、其他 108 2 0 0 0 110");
    const findings = validate(ok(importPdfText(text)));
    expect(brief(findings)).toEqual(["import.rowUnreadable 表三 （六）其他处理 3.其他"]);
    expect(findings[0].message).toBe(
      "表三「（六）其他处理 3.其他」行读到6个数（108 2 0 0 0 110），应为7个，无法确定各数属于哪一栏，该行未导入；请核对原文（空白的格请填0）。",
    );
  });

  test("表四's fifteen numbers wrapped over two lines: one row", () => {
    const text = pdfText.replace("72 64 178 37 351 13 4 8 1 26 12 1 1 6 20", "72 64 178 37 351 13 4 8\n1 26 12 1 1 6 20");
    const report = ok(importPdfText(text));
    expect(report.inputProblems).toEqual([]);
    expect(report.cells).toEqual(transcribed("huaian-2024").cells);
  });

  test("a whole label on its own line, its numbers on the next: one row, read once", () => {
    const text = pdfText.replace("3、其他 108 2 0 0 0 0 110", "3、其他\n108 2 0 0 0 0 110");
    const report = ok(importPdfText(text));
    expect(report.inputProblems).toEqual([]);
    expect(report.cells["t3.other.other|total"].raw).toBe("110");
  });

  test("text copied cell by cell down the columns: a table reported once for what stops it, not a flood of rows", () => {
    const t3 = transcribed("huaian-2024");
    const labels = ["一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "（一）予以公开"];
    const columnMajor = [
      "淮安市人民政府2024年政府信息公开工作年度报告",
      "三、收到和处理政府信息公开申请情况",
      "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
      ...labels,
      ...["naturalPerson", "commercial"].flatMap((c) => ["t3.newReceived", "t3.carriedOver", "t3.disclosed"].map((r) => t3.cells[`${r}|${c}`].raw)),
    ].join("\n");
    const findings = validate(ok(importText(columnMajor)));
    // The labels have no numbers after them, and the numbers run on past the third label until the text ends.
    expect(brief(findings)).toEqual([
      "import.tableCut 表三 （一）予以公开",
      "import.rowUnreadable 表三 一、本年新收政府信息公开申请数量",
      "import.rowUnreadable 表三 二、上年结转政府信息公开申请数量",
      "import.documentCut",
    ]);
  });

  test("binary garbage as text: refused with a reason, no crash", () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    const result = importText(garbage);
    expect(result.ok).toBe(false);
    if (!result.ok) expectClearRefusal(result);
  });

  test("lines of only spaces and tabs (found by fuzzing: the reader looped until memory ran out)", () => {
    // (A reader that loops again fails here by running out of memory, or by jest's timeout if it yields.)
    for (const text of ["    \t", "标题\n \t\n\t \n正文", `${pdfText}\n\t  \n`]) {
      expect(() => importText(text)).not.toThrow();
      expect(() => importPdfText(text)).not.toThrow();
    }
    expect(importPdfText("    \t")).toEqual({ ok: false, reason: expect.stringMatching(/^未能读出报告年度/), en: "cannot tell the report year (give --year)" });
  });
});

describe(".docx that is not a Word document", () => {
  async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
    const zip = new JSZip();
    for (const [name, content] of Object.entries(files)) zip.file(name, content);
    return zip.generateAsync({ type: "uint8array" });
  }
  const reason = async (bytes: Uint8Array) => {
    const result = await importDocx(bytes);
    if (result.ok) throw new Error("imported");
    return refusalText(result);
  };

  test("a zip of something else", async () => {
    expect(await reason(await zipOf({ "照片/1.txt": "x", "说明.txt": "y" }))).toBe(
      "这个文件是普通压缩包（zip），不是Word文档：其中没有Word正文（word/document.xml）。 / a zip archive, but not a Word document",
    );
  });

  test("an Excel workbook renamed", async () => {
    expect(await reason(await zipOf({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>" }))).toContain("这个文件是Excel工作簿（.xlsx），不是Word文档");
  });

  test("an old .doc (or an encrypted document)", async () => {
    expect(await reason(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]))).toContain("旧版Word文档（.doc）或加密的文档");
  });

  test("a web page saved with a .docx name", async () => {
    expect(await reason(new TextEncoder().encode("<!DOCTYPE html><html><body>报告</body></html>"))).toContain("其实是网页（HTML）");
  });

  test("a truncated .docx", async () => {
    const real = new Uint8Array(fs.readFileSync(path.join(FORMS, "huaian-2024.docx")));
    expect(await reason(real.subarray(0, real.length / 2))).toContain("Word文档已损坏");
  });

  test("random bytes", async () => {
    expect(await reason(new Uint8Array([1, 2, 3, 4]))).toBe("文件不是Word文档（.docx），也可能已经损坏。 / not a .docx file");
  });
});

describe(".xlsx that is really a published report", () => {
  const workbookReason = async (bytes: Uint8Array) => {
    const result = await readReportWorkbook(bytes, "上年报告.xlsx");
    return result.ok ? "" : refusalText(result);
  };

  test("a web page or a PDF saved with an .xlsx name says what it is", async () => {
    expect(await workbookReason(fs.readFileSync(path.join(FORMS, "huaian-2024.html")))).toContain("这是网页文件（HTML），不是 .xlsx 工作簿");
    expect(await workbookReason(new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n"))).toContain("这是PDF文件，不是 .xlsx 工作簿");
  });
});

describe("size caps: a 50 MB file is refused at once with a clear message", () => {
  test("command line: refused before it is read, the other files still checked", async () => {
    const big = path.join(tmp, "大文件.html");
    const fd = fs.openSync(big, "w");
    const chunk = Buffer.alloc(1024 * 1024, "<p>政府信息公开</p>\n");
    for (let i = 0; i < 50; i++) fs.writeSync(fd, chunk);
    fs.closeSync(fd);
    const { result, opened } = await filesOpened(() => runCli("check", big, path.join(PUBLISHED, "huaian-shizhengfu-2024.txt")));
    const { code, out } = result;
    // Refused from its size alone (stat): never opened, while the other file was.
    expect(opened).not.toContain(big);
    expect(opened).toContain(path.join(PUBLISHED, "huaian-shizhengfu-2024.txt"));
    expect(code).toBe(2);
    expect(out).toContain("✗ 无法检查 / cannot check: 文件太大（50.0 MB），超过导入上限 20.0 MB");
    expect(out).toContain("✓ 全部勾稽关系成立");
  });

  test("pure importers: refused by length, for the task pane too", () => {
    const text = "一".repeat(IMPORT_LIMITS.text + 1);
    for (const result of [importText(text), importHtml(text), importPdfText(text)]) {
      expect(result).toEqual({ ok: false, reason: expect.stringContaining("文件太大"), en: expect.stringContaining("file too large") });
    }
  });

  test("under the cap: a page padded to 10 MB still imports (how fast: npm run bench -- import)", () => {
    const padding = "<p>附：本页其余内容与报告无关。</p>\n".repeat(Math.floor((10 * 1024 * 1024) / 60));
    const padded = page.replace("</body>", `${padding}</body>`);
    expect(padded.length).toBeLessThan(IMPORT_LIMITS.text);
    const report = ok(importHtml(padded));
    expect(report.cells).toEqual(transcribed("huaian-2024").cells);
  });

  test("the caps are exact: a text of exactly the limit is read, one character more is refused", () => {
    const atLimit = "一".repeat(IMPORT_LIMITS.text);
    // Read (and refused for another reason: no report year in a page of 「一」), not refused for its size.
    expect(importText(atLimit)).toEqual(expect.objectContaining({ ok: false, reason: expect.stringMatching(/^未能读出报告年度/) }));
    expect(importText(`${atLimit}一`)).toEqual(expect.objectContaining({ ok: false, reason: expect.stringContaining("文件太大") }));
  });
});

describe("PDF files (command line)", () => {
  const check = (file: string) => spawnSync("node", [BIN, "check", file], { encoding: "utf8" });

  test("not a PDF at all", () => {
    const file = path.join(tmp, "假的.pdf");
    fs.writeFileSync(file, "这不是PDF");
    const result = check(file);
    expect(result.status).toBe(2);
    expect(result.stdout).toContain("不是有效的PDF文件，或文件已损坏");
  });

  test("a PDF with no text (a scan)", () => {
    const file = path.join(tmp, "扫描件.pdf");
    fs.writeFileSync(
      file,
      "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
    );
    const result = check(file);
    expect(result.status).toBe(2);
    expect(result.stdout).toContain("这个PDF里没有可读取的文字（可能是扫描件或图片）");
  });
});

describe("a page cut off inside a table, with the site's footer after it", () => {
  test("the footer is page chrome: still one cut, not a missing row for every row the page never reached", () => {
    const cut = page.slice(0, page.indexOf("1.信访举报投诉类申请") - 40) + "</table><p>版权所有：淮安市人民政府办公室　网站标识码：3208000001　苏ICP备05000000号</p><p>打印本页　关闭窗口</p>";
    const findings = validate(ok(importHtml(cut)));
    expect(brief(findings)).toEqual(["import.tableCut 表三 （五）不予处理 1.信访举报投诉类申请"]);
  });
});
