/**
 * The intranet package with office.js from Microsoft's CDN (the default): one production build for a made-up base
 * URL; the only URL outside the base allowed anywhere is the CDN's office.js, and in chromium the only requests
 * leaving the local server go to the CDN folder (answered here from the @microsoft/office-js package).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { checkManifest } from "../../src/deploy/manifest";
import { buildPackage } from "../../src/deploy/package";
import type { PackageResult } from "../../src/deploy/package";
import { startStaticServer } from "../../src/deploy/server";
import { ROOT } from "../helpers/build";
import { foreignUrls, pageReferences } from "./audit";
import { loadTaskPane } from "./browser";
import { HANG_GUARD_MS } from "../helpers/timeouts";

const BASE_URL = "https://gov.example.cn:8443/tools/xxgk/";
const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const CDN_FOLDER = "https://appsforoffice.microsoft.com/lib/1/hosted/";

let tmp: string;
let result: PackageResult;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-package-cdn-"));
  result = await buildPackage({ root: ROOT, baseUrl: BASE_URL, outDir: path.join(tmp, "pkg"), version: "0.1.0.7" });
}, HANG_GUARD_MS.package);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("npm run package (office.js from the CDN)", () => {
  test("the manifest passes the offline check and carries the requested version", () => {
    const xml = fs.readFileSync(path.join(result.dir, "manifest.xml"), "utf8");
    expect(checkManifest(xml, { distDir: result.dir, baseUrl: BASE_URL })).toEqual([]);
    expect(xml).toContain("<Version>0.1.0.7</Version>");
  });

  test("outside the base URL, only the CDN's office.js is named — and only by the task pane page", () => {
    expect(foreignUrls(result.dir, result.files, BASE_URL, [CDN_OFFICE_JS])).toEqual([]);
    const html = fs.readFileSync(path.join(result.dir, "taskpane.html"), "utf8");
    expect(pageReferences(html)).toContain(CDN_OFFICE_JS);
    expect(result.files.some((f) => f.path.startsWith("office-js/"))).toBe(false);
    expect(result.officeJsBytes).toBe(0);
  });

  test("in chromium, nothing but the local server and the office.js CDN folder is requested", async () => {
    const server = await startStaticServer({ root: result.dir, prefix: new URL(BASE_URL).pathname, port: 0, host: "127.0.0.1" });
    try {
      const cdnDir = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
      const load = await loadTaskPane(`${server.url}taskpane.html`, { cdnPrefix: CDN_FOLDER, cdnDir, renderedText: "预览模式" });
      expect(load.blocked).toEqual([]);
      expect(load.pageErrors).toEqual([]);
      expect(load.fromCdn).toContain(CDN_OFFICE_JS);
    } finally {
      await server.close();
    }
  }, 60000);
});
