import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildTemplatePlan } from "../../src/core";
import { reportParagraphs } from "../../src/core/template/fill";
import { sheetTexts } from "../../src/core/template/wording";
import { convertAll, sofficeAvailable } from "../helpers/libreoffice";
import { fixtureInput, toReport } from "../helpers/reports";
import { templateBuffer } from "../helpers/workbook";

/**
 * The template printed outside Excel: LibreOffice converts the generated workbooks to PDF (one soffice call), as a
 * clerk without the add-in would print them, and poppler's pdftotext reads every page back with word positions.
 * No error code on any page (the 加载项核对 column says 「（需加载项）」 instead of #NAME?), and every word on the
 * 报告正文 pages lies between the page margins — the note in A2 and a whole report's paragraphs.
 */

const POINTS_PER_INCH = 72;

function pdftotextAvailable(): boolean {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
}

interface Page {
  width: number;
  words: { text: string; xMin: number; xMax: number }[];
}

/** Every page with its words and their horizontal extent, in points. */
function pages(pdf: string): Page[] {
  const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const out: Page[] = [];
  for (const page of html.split("<page ").slice(1)) {
    const width = Number(/width="([\d.]+)"/.exec(page)?.[1]);
    const words = [...page.matchAll(/<word xMin="([-\d.]+)" yMin="[-\d.]+" xMax="([-\d.]+)" yMax="[-\d.]+">([^<]*)<\/word>/g)].map((m) => ({
      xMin: Number(m[1]),
      xMax: Number(m[2]),
      text: m[3].replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"'),
    }));
    out.push({ width, words });
  }
  return out;
}

const run = sofficeAvailable() && pdftotextAvailable() ? describe : describe.skip;

run("the template printed by LibreOffice (PDF)", () => {
  const cases = [
    { name: "empty-2021", edition: "2021" as const },
    { name: "empty-2019", edition: "2019" as const },
    // A report with its whole published text in 报告正文: long paragraphs must print inside the page too.
    { name: "huaian-2024", edition: "2021" as const, report: toReport(fixtureInput("huaian-2024")) },
  ];
  let dir: string;
  let printed: Page[][];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-print-"));
    const inputs: string[] = [];
    for (const c of cases) {
      const file = path.join(dir, `${c.name}.xlsx`);
      fs.writeFileSync(file, await templateBuffer(c.edition, c.report));
      inputs.push(file);
    }
    const outputs = convertAll(inputs, path.join(dir, "pdf"), "pdf");
    // soffice exits 0 even when a conversion fails: the files must be there.
    printed = outputs.map((f) => (fs.existsSync(f) ? pages(f) : []));
  }, 180000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each(cases.map((c, i) => [c.name, i] as const))("%s: no error code on any page; the 校验 page says 「（需加载项）」", (_name, i) => {
    const text = printed[i].flatMap((p) => p.words.map((w) => w.text)).join(" ");
    expect(printed[i].length).toBeGreaterThan(5);
    expect(text.match(/#NAME\?|#VALUE!|#REF!|#DIV\/0!|#N\/A|Err:\d+/g)).toBeNull();
    expect(text).toContain(sheetTexts.addinMissing);
  });

  test.each(cases.map((c, i) => [c.name, i] as const))("%s: 报告正文 prints between the margins, its note whole", (_name, i) => {
    const plan = buildTemplatePlan({ edition: cases[i].edition });
    const narrative = plan.sheets[plan.sheets.length - 1];
    expect(narrative.name).toBe(plan.layout.narrative.sheet);
    // The sheet is the workbook's last: its pages run from the one that opens with its title to the end.
    const first = printed[i].findIndex((p) => p.words[0]?.text === sheetTexts.narrativeTitle);
    expect(first).toBeGreaterThan(0);
    const own = printed[i].slice(first);
    const margins = narrative.print.margins;
    for (const page of own) {
      for (const word of page.words) {
        expect({ word: word.text, inside: word.xMin >= margins.left * POINTS_PER_INCH - 1 && word.xMax <= page.width - margins.right * POINTS_PER_INCH + 1 }).toEqual({
          word: word.text,
          inside: true,
        });
      }
    }
    const text = own.flatMap((p) => p.words.map((w) => w.text)).join("");
    expect(text).toContain(sheetTexts.narrativeNote);
    // Every paragraph whole: each row is as tall as its text (a spreadsheet that does not autofit would cut it).
    const report = cases[i].report;
    if (report) {
      const missing = reportParagraphs(report).filter((line) => !text.includes(line.replace(/\s/g, "")));
      expect(missing).toEqual([]);
      expect(own.length).toBeGreaterThan(1);
    }
  });
});
