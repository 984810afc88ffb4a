import * as fs from "node:fs";
import * as path from "node:path";
import { importFile } from "../../src/core/import";
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
