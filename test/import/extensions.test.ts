import * as fs from "node:fs";
import * as path from "node:path";
import { importFile, importText } from "../../src/core/import";
import { FORMS, transcribed } from "./helpers";
import { IMPORT_EXTENSIONS } from "../../src/core/import/forms";
import { supportedExtensions } from "../../src/cli/readers";

const PUBLISHED = path.join(__dirname, "..", "fixtures", "published");

describe("IMPORT_EXTENSIONS is the one list of importable extensions", () => {
  test("the command line reads every listed extension", () => {
    expect(supportedExtensions()).toEqual(expect.arrayContaining(Object.values(IMPORT_EXTENSIONS).flat()));
  });

  test("every text extension imports as text in the pane's importFile", async () => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(PUBLISHED, "huaian-shizhengfu-2024.txt")));
    for (const ext of IMPORT_EXTENSIONS.text) {
      const result = await importFile(`上年报告${ext}`, bytes);
      expect(result.ok).toBe(true);
    }
  });

  test("an unsupported file is refused with every extension the pane imports", async () => {
    const result = await importFile("上年报告.rtf", new Uint8Array([1, 2, 3]));
    expect(result.ok).toBe(false);
    const reason = result.ok ? "" : result.reason;
    for (const ext of [...IMPORT_EXTENSIONS.html, ...IMPORT_EXTENSIONS.text, ...IMPORT_EXTENSIONS.docx]) expect(reason).toContain(ext);
    expect(reason).not.toContain(".pdf");
  });
});

describe("a web page saved under a .txt name", () => {
  test("is read as the page it is (its tables, not its tags)", () => {
    const page = fs.readFileSync(path.join(FORMS, "huaian-2024.html"), "utf8");
    const result = importText(page);
    if (!result.ok) throw new Error(result.reason);
    expect(result.report.cells).toEqual(transcribed("huaian-2024").cells);
    expect(result.report.inputProblems).toEqual([]);
  });
});
