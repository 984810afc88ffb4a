import fc from "fast-check";
import * as fs from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { validate } from "../../src/core";
import { importDocx, importHtml, importPdfText, importText } from "../../src/core/import";
import type { ImportResult } from "../../src/core/import";
import { FORMS, PUBLISHED } from "../import/helpers";
import { runs, seed } from "./arbitraries";
import { CALL_GUARD_MS, expectClearFindings, expectClearRefusal, timed, within } from "./check";

/**
 * Published reports as they come off the web and out of Word: real pages, texts and documents cut, spliced with
 * hostile markup and garbled, and random bytes — into the HTML, text, PDF-text and .docx importers. Each gives a
 * report or a clear refusal, in time; every report it gives can be validated.
 */

const page = fs.readFileSync(path.join(FORMS, "huaian-2024.html"), "utf8");
const gbPage = fs.readFileSync(path.join(FORMS, "yuyao-2020.html"));
const copied = fs.readFileSync(path.join(PUBLISHED, "huaian-shizhengfu-2024.txt"), "utf8");
const pdfText = fs.readFileSync(path.join(FORMS, "yuyao-2020.pdf.txt"), "utf8");
const docx = fs.readFileSync(path.join(FORMS, "huaian-2024.docx"));

function outcome(result: ImportResult): void {
  if (!result.ok) return expectClearRefusal(result);
  expectClearFindings(timed(CALL_GUARD_MS, () => validate(result.report), "validate"));
}

/** Markup and text that break parsers and recognisers: spans, unclosed and foreign elements, entities, labels, numbers. */
const fragment = fc.oneof(
  fc.constantFrom(
    "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", '<td rowspan="99999">', '<td colspan="100000">', "<td colspan=0>", "<th>", "<p>", "</p>", "<br>",
    "<script>", "</script>", "<style>", "<!--", "-->", "<![CDATA[", "]]>", "<svg>", "<math>", "<template>", "<iframe>", "<select>", "<textarea>", "&nbsp;",
    "&#0;", "&#99999999;", "\u0000", '<div style="display:none">', "<td hidden>", "\t", "\n", "\f", "\r", "    \t", "一、总体情况", "三、主动公开政府信息情况",
    "表三", "自然人", "（七）总计", "行政复议", "第二十条第（一）项", "- 3 -", "3001", "-3", "１２", "/", "366.47203 万元",
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 10 }),
);

/** `base` with up to ten places cut and filled with fragments. */
function spliced(base: string) {
  return fc
    .array(fc.record({ at: fc.nat(), cut: fc.nat({ max: 400 }), insert: fragment }), { minLength: 1, maxLength: 10 })
    .map((edits) => edits.reduce((s, e) => {
      const at = e.at % (s.length + 1);
      return s.slice(0, at) + e.insert + s.slice(at + e.cut);
    }, base));
}

const byteEdits = fc.array(fc.record({ at: fc.nat(), byte: fc.nat(255) }), { minLength: 1, maxLength: 16 });
const edited = (base: Uint8Array, edits: { at: number; byte: number }[]) => {
  const b = new Uint8Array(base);
  for (const e of edits) b[e.at % b.length] = e.byte;
  return b;
};

describe("fuzzed published reports", () => {
  test("HTML: a real page spliced with hostile markup", () => {
    fc.assert(fc.property(spliced(page), (html) => outcome(timed(CALL_GUARD_MS, () => importHtml(html), "importHtml"))), { numRuns: runs(60), seed: seed(10) });
  });

  test("HTML: a GB18030 page with bytes changed, and random bytes", () => {
    fc.assert(fc.property(byteEdits, (edits) => outcome(timed(CALL_GUARD_MS, () => importHtml(edited(gbPage, edits)), "importHtml"))), { numRuns: runs(60), seed: seed(11) });
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => outcome(timed(CALL_GUARD_MS, () => importHtml(bytes), "importHtml"))), { numRuns: runs(60), seed: seed(12) });
  });

  test("text copied from a page, and PDF text: cut, spliced, random", () => {
    fc.assert(fc.property(spliced(copied), (text) => outcome(timed(CALL_GUARD_MS, () => importText(text), "importText"))), { numRuns: runs(80), seed: seed(13) });
    fc.assert(fc.property(spliced(pdfText), (text) => outcome(timed(CALL_GUARD_MS, () => importPdfText(text), "importPdfText"))), { numRuns: runs(80), seed: seed(14) });
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 2000 }), (text) => {
        outcome(timed(CALL_GUARD_MS, () => importText(text), "importText"));
        outcome(timed(CALL_GUARD_MS, () => importPdfText(text), "importPdfText"));
      }),
      { numRuns: runs(60), seed: seed(15) },
    );
  });

  test(".docx: bytes changed, parts removed or garbled, its XML spliced", async () => {
    await fc.assert(
      fc.asyncProperty(byteEdits, async (edits) => outcome(await within(CALL_GUARD_MS, importDocx(edited(docx, edits)), "importDocx"))),
      { numRuns: runs(40), seed: seed(16) },
    );
    const zip = await JSZip.loadAsync(docx);
    const parts = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
    const xml = await zip.file("word/document.xml")!.async("string");
    const wordFragment = fc.oneof(fragment, fc.constantFrom("<w:tbl>", "</w:tbl>", "<w:tr>", "</w:tr>", "<w:tc>", "</w:tc>", "<w:p>", "</w:p>", "<w:t>", "</w:t>", '<w:gridSpan w:val="99999"/>', '<w:vMerge w:val="restart"/>', "<w:vMerge/>", '<w:numPr><w:ilvl w:val="99"/><w:numId w:val="1"/></w:numPr>'));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({ part: fc.constantFrom(...parts), how: fc.constantFrom("remove" as const, "random" as const), bytes: fc.uint8Array({ maxLength: 300 }) }),
          fc.array(fc.record({ at: fc.nat(), cut: fc.nat({ max: 300 }), insert: wordFragment }), { minLength: 1, maxLength: 8 }),
        ),
        async (change) => {
          const copy = await JSZip.loadAsync(docx);
          if (Array.isArray(change)) {
            copy.file("word/document.xml", change.reduce((s, e) => { const at = e.at % (s.length + 1); return s.slice(0, at) + e.insert + s.slice(at + e.cut); }, xml));
          } else if (change.how === "remove") copy.remove(change.part);
          else copy.file(change.part, change.bytes);
          const bytes = await copy.generateAsync({ type: "uint8array", compression: "DEFLATE" });
          outcome(await within(CALL_GUARD_MS, importDocx(bytes), "importDocx"));
        },
      ),
      { numRuns: runs(40), seed: seed(17) },
    );
  });
});
