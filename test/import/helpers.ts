import * as fs from "node:fs";
import * as path from "node:path";
import { importDocx, importHtml, importPdfText, importText } from "../../src/core/import";
import type { ImportOptions } from "../../src/core/import";
import type { Report } from "../../src/core";
import { fixtureInput, toReport } from "../helpers/reports";

export const PUBLISHED = path.join(__dirname, "..", "fixtures", "published");
export const FORMS = path.join(__dirname, "..", "fixtures", "forms");

export const readBytes = (file: string) => new Uint8Array(fs.readFileSync(file));

/** Import any fixture file through the pure importers (PDF files go through the CLI: pdfjs is an ES module). */
export async function importFixture(file: string, options: ImportOptions = {}): Promise<Report> {
  const bytes = readBytes(file);
  const result = file.endsWith(".docx")
    ? await importDocx(bytes, options)
    : /\.html?$/.test(file)
      ? importHtml(bytes, options)
      : file.endsWith(".pdf.txt")
        ? importPdfText(bytes, options)
        : importText(bytes, options);
  if (!result.ok) throw new Error(`${file}: ${result.reason}`);
  return result.report;
}

/** The transcribed tables (test/fixtures/reports), as the report model holds them. */
export function transcribed(name: "huaian-2024" | "yuyao-2020"): Report {
  return toReport(fixtureInput(name));
}

/** Text compared across forms: a PDF puts spaces around digits and breaks lines; the words are the same. */
export const words = (text: string | undefined) => (text ?? "").replace(/\s+/g, "");

/** What must be identical whatever the form: the cells, what the report says about itself, its sections. */
export function essence(report: Report) {
  const { agency, reportYear, edition, contact } = report.meta;
  return {
    meta: { agency, reportYear, edition, contact },
    cells: report.cells,
    sourceLabels: report.sourceLabels ?? {},
    problems: report.inputProblems,
    title: words(report.narrative?.title),
    preamble: words(report.narrative?.preamble),
    sections: report.narrative?.sections.map((s) => ({ heading: words(s.heading), body: words(s.body) })),
  };
}
