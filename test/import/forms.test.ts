import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseReport } from "../../src/core";
import type { Report } from "../../src/core";
import { essence, FORMS, importFixture, PUBLISHED, transcribed } from "./helpers";

/**
 * The same report in every form — the real published text, a government web page (nested layout tables,
 * rowspan/colspan headers, a script, &nbsp;; 余姚's page in GBK), the .docx and the PDF LibreOffice makes from it,
 * and that PDF's text as another extractor (pdftotext -layout) gives it — imports to the same report: the cells as
 * transcribed, the same metadata, the same sections with the same words.
 */

const BIN = path.join(__dirname, "..", "..", "bin", "xxgk.js");
let tmp: string;
beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-forms-"))));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** PDF files are read by the command line (pdfjs-dist is an ES module jest cannot load): import, then read the JSON. */
function importPdfFile(file: string): Report {
  const out = path.join(tmp, `${path.basename(file)}.json`);
  execFileSync("node", [BIN, "import", file, "-o", out], { encoding: "utf8" });
  const parsed = parseReport(JSON.parse(fs.readFileSync(out, "utf8")));
  if (!parsed.success) throw new Error(parsed.error.message);
  return parsed.data;
}

const cases = [
  { name: "huaian-2024" as const, reference: "huaian-shizhengfu-2024.txt" },
  { name: "yuyao-2020" as const, reference: "yuyao-yingjiju-2020.txt" },
];

describe.each(cases)("$name in every form", ({ name, reference }) => {
  let expected: ReturnType<typeof essence>;
  beforeAll(async () => (expected = essence(await importFixture(path.join(PUBLISHED, reference)))));

  test("the published text imports to the transcribed cells", () => {
    expect(expected.cells).toEqual(transcribed(name).cells);
    expect(expected.sections?.length).toBeGreaterThanOrEqual(6);
  });

  test.each(["html", "docx", "pdf.txt"])(`.%s imports identically`, async (ext) => {
    const report = await importFixture(path.join(FORMS, `${name}.${ext}`));
    expect(essence(report)).toEqual(expected);
  });

  test(".pdf (read by the command line) imports identically", () => {
    expect(essence(importPdfFile(path.join(FORMS, `${name}.pdf`)))).toEqual(expected);
  });
});

describe("what the web page carries besides the report", () => {
  test("its script is never run and its page chrome is not narrative", async () => {
    const html = fs.readFileSync(path.join(FORMS, "huaian-2024.html"), "utf8");
    // The fixture's script would write a fake 表二 row and redirect the page.
    expect(html).toContain('document.write("<p>规章 999 999 999</p>")');
    const report = await importFixture(path.join(FORMS, "huaian-2024.html"));
    const text = JSON.stringify(report);
    for (const junk of ["999", "document.write", "首页", "发布日期", "打印本页", "主办单位", "ICP", "浏览器不支持脚本"]) {
      expect(text).not.toContain(junk);
    }
  });

  test("余姚's page is GBK: decoded by its declared charset", async () => {
    const bytes = fs.readFileSync(path.join(FORMS, "yuyao-2020.html"));
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    const report = await importFixture(path.join(FORMS, "yuyao-2020.html"));
    expect(report.meta.agency).toBe("余姚市应急管理局");
  });
});
