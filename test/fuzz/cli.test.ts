import fc from "fast-check";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { jsonReader, loadReport, supportedExtensions } from "../../src/cli/readers";
import { refusalText, validate } from "../../src/core";
import { runCli } from "../helpers/cli";
import { FORMS } from "../import/helpers";
import { FIXTURES } from "../helpers/reports";
import { fixtureReport, templateBuffer } from "../helpers/workbook";
import { reportInput, runs, seed } from "./arbitraries";
import { CALL_GUARD_MS, expectClearFindings, expectClearRefusal, timed, within } from "./check";

/** A hang guard for one `xxgk check` of a fuzzed folder: the four rounds took ≤ 15.4 s together at load 12–13. */
const BATCH_GUARD_MS = 150_000;

/**
 * The supervising office's entry points: JSON reports of any shape, and `xxgk check` on folders of files that are
 * damaged, empty, random or not what their name says — in worker threads, with a summary workbook. Every file gets
 * its line in the --json contract (a report's findings, or one file.unreadable with a clear reason); the exit status
 * is 0, 1 or 2; nothing crashes and nothing hangs.
 */

let dir: string;
let samples: Record<string, Buffer>;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-fuzz-cli-"));
  samples = {
    ".json": fs.readFileSync(path.join(FIXTURES, "huaian-2024.json")),
    ".xlsx": await templateBuffer("2021", fixtureReport("huaian-2024")),
    ".html": fs.readFileSync(path.join(FORMS, "huaian-2024.html")),
    ".txt": fs.readFileSync(path.join(FORMS, "yuyao-2020.pdf.txt")),
    ".docx": fs.readFileSync(path.join(FORMS, "huaian-2024.docx")),
    ".pdf": fs.readFileSync(path.join(FORMS, "yuyao-2020.pdf")),
  };
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("JSON reports", () => {
  test("any JSON value, random report-like objects, and a real report's text with bytes changed", () => {
    const read = (text: string | Buffer) => {
      const result = timed(CALL_GUARD_MS, () => jsonReader.read(Buffer.from(text), "r.json"), "jsonReader");
      if ("then" in result) throw new Error("the JSON reader is synchronous");
      if (!result.ok) return expectClearRefusal(result);
      expectClearFindings(timed(CALL_GUARD_MS, () => validate(result.report), "validate"));
    };
    fc.assert(fc.property(fc.jsonValue(), (value) => read(JSON.stringify(value) ?? "null")), { numRuns: runs(150), seed: seed(30) });
    fc.assert(fc.property(reportInput, (input) => read(JSON.stringify(input))), { numRuns: runs(100), seed: seed(31) });
    fc.assert(
      fc.property(fc.array(fc.record({ at: fc.nat(), byte: fc.nat(255) }), { minLength: 1, maxLength: 8 }), (edits) => {
        const bytes = Buffer.from(samples[".json"]);
        for (const e of edits) bytes[e.at % bytes.length] = e.byte;
        read(bytes);
      }),
      { numRuns: runs(100), seed: seed(32) },
    );
  });
});

describe("xxgk check on folders of damaged files", () => {
  test("every file answered, clear reasons, exit 0/1/2, in worker threads, with a summary", async () => {
    const extensions = supportedExtensions();
    const file = fc.record({
      extension: fc.constantFrom(...extensions),
      // Content: a real file of this form or of another (a misnamed file), bytes changed or cut off, random, or empty.
      source: fc.constantFrom(...Object.keys(samples)),
      edits: fc.array(fc.record({ at: fc.nat(), byte: fc.nat(255) }), { maxLength: 10 }),
      cut: fc.option(fc.nat(), { nil: undefined }),
      random: fc.option(fc.uint8Array({ maxLength: 500 }), { nil: undefined }),
    });
    let round = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(file, { minLength: 8, maxLength: 10 }), async (files) => {
        const folder = path.join(dir, `round-${round++}`);
        fs.mkdirSync(folder);
        files.forEach((f, i) => {
          let bytes: Uint8Array = f.random ?? Buffer.from(samples[f.source]);
          for (const e of f.edits) if (bytes.length > 0) bytes[e.at % bytes.length] = e.byte;
          if (f.cut !== undefined) bytes = bytes.subarray(0, f.cut % (bytes.length + 1));
          fs.writeFileSync(path.join(folder, `${String(i).padStart(2, "0")}${f.extension}`), bytes);
        });
        const summary = path.join(folder, "汇总.xlsx");
        const { code, out } = await within(BATCH_GUARD_MS, runCli("check", folder, "--json", "--jobs", "2", "--summary", summary), "xxgk check");
        expect([0, 1, 2]).toContain(code);
        const checked: { file: string; findings: { rule: string; severity: "error" | "warning"; message: string; location: object; expected: null; actual: null }[] }[] = JSON.parse(out).files;
        expect(checked.map((c) => path.basename(c.file))).toEqual(files.map((f, i) => `${String(i).padStart(2, "0")}${f.extension}`));
        for (const c of checked) {
          const unreadable = c.findings.filter((f) => f.rule === "file.unreadable");
          if (unreadable.length > 0) {
            expect(c.findings).toHaveLength(1);
            // The contract's message is the file's refusal, both languages on one line, as the reader gave it.
            // (pdfjs is an ES module that jest cannot load in-process — the batch's workers can: a PDF is only judged there.)
            const message = unreadable[0].message;
            if (path.extname(c.file) === ".pdf") {
              expect(message).toMatch(/[\u4e00-\u9fff]/);
              continue;
            }
            const loaded = await loadReport(c.file);
            if (loaded.ok) throw new Error(`${c.file} reads in-process but was unreadable in the batch`);
            expectClearRefusal(loaded);
            expect(message).toBe(refusalText(loaded));
          } else expectClearFindings(c.findings);
        }
        expect(code === 2).toBe(checked.some((c) => c.findings.some((f) => f.rule === "file.unreadable")));
        expect(fs.statSync(summary).size).toBeGreaterThan(0);
      }),
      { numRuns: runs(4), seed: seed(33) },
    );
  }, 4 * BATCH_GUARD_MS);
});
