import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as vm from "node:vm";
import { bundleForWeb, ROOT } from "../helpers/build";
import { FORMS, transcribed } from "./helpers";

/**
 * The importers run in the task pane (a clerk opens last year's report there): bundled for the web by webpack and
 * run where only browser globals exist — no require, no Buffer, no process — they import the same report.
 */

let bundle: string;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-bundle-"));
  const entry = path.join(dir, "entry.ts");
  fs.writeFileSync(entry, `import { importFile } from ${JSON.stringify(path.join(ROOT, "src", "core", "import"))};\n(globalThis as any).xxgkImport = importFile;\n`);
  // webpack 5 bundles no Node built-ins: an importer needing one is a build error here.
  bundle = await bundleForWeb(entry, dir, "import.js");
}, 120000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("the web bundle imports HTML, text and .docx with browser globals only", async () => {
  const browser = { atob, TextDecoder, TextEncoder, setTimeout, clearTimeout, queueMicrotask, console } as Record<string, unknown>;
  browser.globalThis = browser;
  browser.self = browser;
  vm.createContext(browser);
  vm.runInContext(bundle, browser);
  const importFile = browser.xxgkImport as (name: string, bytes: Uint8Array) => Promise<{ ok: boolean; report: { cells: unknown } }>;
  for (const [file, name] of [["huaian-2024.html", "huaian-2024"], ["huaian-2024.docx", "huaian-2024"], ["yuyao-2020.pdf.txt", "yuyao-2020"]] as const) {
    const result = await importFile(file, new Uint8Array(fs.readFileSync(path.join(FORMS, file))));
    expect(result.ok).toBe(true);
    // Values cross the vm boundary: compare as JSON.
    expect(JSON.parse(JSON.stringify(result.report.cells))).toEqual(JSON.parse(JSON.stringify(transcribed(name).cells)));
  }
});
