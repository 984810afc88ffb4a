import * as fs from "node:fs";
import * as path from "node:path";
import { validate } from "../../src/core";
import { importPdfText } from "../../src/core/import";

/**
 * A file whose last words are a section heading with nothing after it was cut off there (the corpus's 雄县 excerpt
 * ends 「五、存在的主」): what follows was never in the file, said once — not 「六」 reported missing from the report.
 * 淮安 2024's PDF text (test/fixtures/published) cut at its headings.
 */
const text = fs.readFileSync(path.join(__dirname, "..", "fixtures", "published", "huaian-shizhengfu-2024.txt"), "utf8");
const upTo = (heading: string, keep = heading.length) => text.slice(0, text.indexOf(heading) + keep);

function findings(source: string) {
  const result = importPdfText(source);
  if (!result.ok) throw new Error(result.reason);
  return validate(result.report);
}

test("stopping on the heading 「五、…」 (even part of it): 六 was not in the file, said once", () => {
  for (const cut of [upTo("五、存在的主要问题及改进情况"), upTo("五、存在的主要问题及改进情况", 6)]) {
    const found = findings(cut);
    const documentCut = found.filter((f) => f.rule === "import.documentCut");
    expect(documentCut.map((f) => f.message)).toEqual([expect.stringContaining("「六、其他需要报告的事项」不在文件中")]);
    expect(found.filter((f) => f.rule === "structure.sectionMissing")).toEqual([]);
    // 「五、存在的主」 is the format's heading cut off, not a heading in other words.
    expect(found.filter((f) => f.rule === "structure.headingVariant")).toEqual([]);
  }
});

test("a whole report whose last section is only its heading is not a cut file", () => {
  const found = findings(upTo("六、其他需要报告的事项"));
  expect(found.filter((f) => f.rule === "import.documentCut")).toEqual([]);
});

test("stopping inside the text of 五 is not a heading with nothing after it: 六 is missing, as the structure check says", () => {
  const found = findings(upTo("六、其他需要报告的事项", 0));
  expect(found.filter((f) => f.rule === "import.documentCut")).toEqual([]);
  expect(found.map((f) => f.rule)).toContain("structure.sectionMissing");
});
