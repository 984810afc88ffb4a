import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "parse5";
import { refusalText, validate } from "../src/core";
import { decodeText, declaredCharset } from "../src/core/import/decode";
import { importHtml, importPdfText, importText } from "../src/core/import";
import type { ImportResult } from "../src/core/import";
import { fmt, rate } from "./lib/measure";
import { loadNote } from "./lib/process";
import type { BenchResult } from "./lib/report";
import { transcribed } from "../test/import/helpers";
import { renderDocument } from "../test/import/textForms";
import type { TextForm } from "../test/import/textForms";

/**
 * Importing published reports (in memory, one core): the real pages and texts of test/fixtures — two web pages (one
 * in GB18030), the same reports as text copied from a page and as PDF text, 淮安 written out as markdown, one cell
 * per line and glued digits, and a Traditional-character mirror from the corpus. Each form against its floor: for HTML,
 * parse5 building the page's tree (what any standards-faithful reading costs); for text, decoding the bytes.
 * Target: ≥ 500 reports/s over the mix, every form included.
 */

const FIXTURES = path.join(__dirname, "..", "test", "fixtures");

/** The same report written out as OCR, converters and crawlers write it (test/import/textForms.ts). */
const huaian = transcribed("huaian-2024");
const generated = (form: TextForm) => `generated:${form}`;
const generatedText = (file: string) => renderDocument({ ...huaian, meta: { ...huaian.meta, agency: "淮安市人民政府" } }, file.slice("generated:".length) as TextForm);

const forms: { name: string; file: string; read: (bytes: Uint8Array) => ImportResult; floor: (bytes: Uint8Array) => unknown }[] = [
  { name: "web page, 淮安 2024 (46 KB, UTF-8)", file: "forms/huaian-2024.html", read: (b) => importHtml(b), floor: (b) => parse(decodeText(b, declaredCharset(b))) },
  { name: "web page, 余姚 2020 (23 KB, GB18030)", file: "forms/yuyao-2020.html", read: (b) => importHtml(b), floor: (b) => parse(decodeText(b, declaredCharset(b))) },
  { name: "text copied from a page, 淮安 2024", file: "published/huaian-shizhengfu-2024.txt", read: (b) => importText(b), floor: (b) => decodeText(b) },
  { name: "text copied from a page, 余姚 2020", file: "published/yuyao-yingjiju-2020.txt", read: (b) => importText(b), floor: (b) => decodeText(b) },
  { name: "PDF text, 淮安 2024", file: "forms/huaian-2024.pdf.txt", read: (b) => importPdfText(b), floor: (b) => decodeText(b) },
  { name: "PDF text, 余姚 2020", file: "forms/yuyao-2020.pdf.txt", read: (b) => importPdfText(b), floor: (b) => decodeText(b) },
  { name: "markdown with a converter's headers, 淮安 2024", file: generated("markdown"), read: (b) => importText(b), floor: (b) => decodeText(b) },
  { name: "one cell per line between 「|」 lines, 淮安 2024", file: generated("cellPerLineBars"), read: (b) => importText(b), floor: (b) => decodeText(b) },
  { name: "digits glued to their labels, 淮安 2024", file: generated("digitRuns"), read: (b) => importText(b), floor: (b) => decodeText(b) },
  { name: "Traditional-character mirror (corpus 008)", file: "corpus/008_wuhan_shi_shengtai_huanjingju_2020.txt", read: (b) => importText(b), floor: (b) => decodeText(b) },
];

export async function benchImport(): Promise<BenchResult> {
  const before = loadNote();
  const lines: string[] = [];
  let totalMs = 0;
  for (const form of forms) {
    const bytes = form.file.startsWith("generated:") ? new TextEncoder().encode(generatedText(form.file)) : new Uint8Array(fs.readFileSync(path.join(FIXTURES, form.file)));
    const check = form.read(bytes);
    if (!check.ok) throw new Error(`${form.file}: ${refusalText(check)}`);
    const imported = rate(() => void form.read(bytes));
    const floor = rate(() => void form.floor(bytes));
    const withChecks = rate(() => {
      const r = form.read(bytes);
      if (r.ok) validate(r.report);
    });
    totalMs += imported.msEach;
    lines.push(
      `${form.name}: ${fmt.rate(imported.perSecond)} reports/s (${imported.msEach.toFixed(2)} ms; floor ${floor.msEach.toFixed(2)} ms, ${fmt.ratio(imported.msEach / floor.msEach)}); ` +
        `with validate(): ${fmt.rate(withChecks.perSecond)}/s`,
    );
  }
  const mix = (1000 * forms.length) / totalMs;
  lines.push(
    `the mix (each form once): ${fmt.rate(mix)} reports/s`,
    // CPU time is not used here: parse5 allocates much, and V8's parallel GC threads add CPU time beyond one core's.
    `fastest of 6 windows of wall time per measurement; ${before} before, ${loadNote()} after`,
  );
  return { name: "importing published reports (one core)", lines, target: { text: "≥ 500 reports/s on one core", met: mix >= 500 } };
}
