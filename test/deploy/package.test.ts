/**
 * The intranet package with office.js served from the package itself (--self-host-office-js): one production
 * build for a made-up base URL, then the package is checked file by file and loaded in chromium with every request
 * that does not go to the local server blocked.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { selfSignedCertificate } from "../../src/deploy/certificate";
import { checkManifest } from "../../src/deploy/manifest";
import { NS, parseManifest, firstChild } from "../../src/deploy/manifestXml";
import { PackageError, assemblePackage, buildPackage, formatBytes, formatPackageSummary, WPS_ONLY_FILES } from "../../src/deploy/package";
import type { PackageResult } from "../../src/deploy/package";
import { startStaticServer } from "../../src/deploy/server";
import { ROOT } from "../helpers/build";
import { foreignUrls, pageReferences } from "./audit";
import { loadTaskPane } from "./browser";

const BASE_URL = "https://intranet.example/xxgk/";
const DEV_MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

let tmp: string;
let result: PackageResult;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-package-"));
  result = await buildPackage({ root: ROOT, baseUrl: BASE_URL, outDir: path.join(tmp, "xxgk-addin"), selfHostOfficeJs: true, now: new Date(2025, 4, 20) });
}, 180000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function manifestOf(dir: string) {
  const parsed = parseManifest(fs.readFileSync(path.join(dir, "manifest.xml"), "utf8"));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.root;
}

describe("npm run package --self-host-office-js", () => {
  test("the manifest passes the offline check against the package's own files and base URL", () => {
    const xml = fs.readFileSync(path.join(result.dir, "manifest.xml"), "utf8");
    expect(checkManifest(xml, { distDir: result.dir, baseUrl: BASE_URL })).toEqual([]);
  });

  test("the manifest keeps the development Id and gets a higher version (release + yyddd)", () => {
    const dev = parseManifest(DEV_MANIFEST);
    if (!dev.ok) throw new Error(dev.error);
    const built = manifestOf(result.dir);
    const text = (root: typeof built, name: string) => firstChild(root, NS.office, name)?.textContent;
    expect(text(built, "Id")).toBe(text(dev.root, "Id"));
    expect(text(dev.root, "Version")).toBe("0.1.0.0");
    expect(text(built, "Version")).toBe("0.1.0.25140"); // 2025-05-20 is day 140
    expect(result.version).toBe("0.1.0.25140");
  });

  test("every file the pages reference is in the package, by a relative URL", () => {
    const pages = result.files.filter((f) => f.path.endsWith(".html"));
    expect(pages.map((p) => p.path)).toEqual(expect.arrayContaining(["taskpane.html", "help.html"]));
    for (const page of pages) {
      for (const ref of pageReferences(fs.readFileSync(path.join(result.dir, page.path), "utf8"))) {
        expect(ref).not.toMatch(/^[a-z][a-z0-9+.-]*:|^\/\//i); // relative only
        expect(fs.existsSync(path.join(result.dir, path.dirname(page.path), ref.replace(/[?#].*$/, "")))).toBe(true);
      }
    }
  });

  test("no URL in the manifest, pages, bundles or metadata points anywhere but the base URL", () => {
    expect(foreignUrls(result.dir, result.files, BASE_URL)).toEqual([]);
  });

  test("office.js and what Excel loads with it are in the package; the task pane points at them", () => {
    const paths = result.files.map((f) => f.path);
    for (const file of ["office-js/office.js", "office-js/o15apptofilemappingtable.js", "office-js/excel-win32-16.01.js", "office-js/excel-web-16.00.js", "office-js/zh-cn/office_strings.js", "office-js/en-us/office_strings.js"]) {
      expect(paths).toContain(file);
    }
    expect(paths.some((p) => p.endsWith(".debug.js") || /^office-js\/(word|outlook|powerpoint)/.test(p) || p.includes("telemetry"))).toBe(false);
    // The WPS add-in's own pages are not Excel's (npm run package -- --wps takes them from the same build).
    for (const file of WPS_ONLY_FILES) expect(paths).not.toContain(file);
    const html = fs.readFileSync(path.join(result.dir, "taskpane.html"), "utf8");
    expect(pageReferences(html)).toContain("office-js/office.js");
    expect(html).not.toContain("appsforoffice.microsoft.com");
  });

  test("the package size is reported, and the .zip holds exactly the package's files", async () => {
    const onDisk = result.files.reduce((sum, f) => sum + fs.statSync(path.join(result.dir, f.path)).size, 0);
    expect(result.totalBytes).toBe(onDisk);
    expect(result.officeJsBytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(result.zipBytes).toBe(fs.statSync(result.zipFile).size);
    const summary = formatPackageSummary(result);
    expect(summary).toContain(`共 ${formatBytes(result.totalBytes)}`);
    expect(summary).toContain(`其中 office.js ${formatBytes(result.officeJsBytes)}`);
    expect(summary).toContain(`（${formatBytes(result.zipBytes)}）`);

    const zip = await JSZip.loadAsync(fs.readFileSync(result.zipFile));
    const entries = Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name).sort();
    expect(entries).toEqual(result.files.map((f) => `xxgk-addin/${f.path}`).sort());
  });

  test("a package whose files do not match its manifest is refused and removed", async () => {
    const copy = path.join(tmp, "broken");
    fs.cpSync(result.dir, copy, { recursive: true });
    fs.rmSync(path.join(copy, "functions.json"));
    const attempt = assemblePackage(copy, DEV_MANIFEST, { baseUrl: BASE_URL, version: "1.0.0.1" });
    await expect(attempt).rejects.toThrow(PackageError);
    await expect(attempt).rejects.toThrow(/\[file\].*functions\.json/);
    expect(fs.existsSync(copy)).toBe(false);
    expect(fs.existsSync(`${copy}.zip`)).toBe(false);
  });

  test("served over HTTPS, the task pane renders in chromium without a single request leaving the server", async () => {
    const certificate = await selfSignedCertificate(path.join(tmp, "cert"), ["localhost", "127.0.0.1"]);
    const server = await startStaticServer({ root: result.dir, prefix: new URL(BASE_URL).pathname, port: 0, host: "127.0.0.1", tls: certificate });
    try {
      const load = await loadTaskPane(`${server.url}taskpane.html`, { renderedText: "预览模式" });
      expect(load.blocked).toEqual([]);
      expect(load.pageErrors).toEqual([]);
      expect(load.requested).toEqual(expect.arrayContaining([`${server.url}taskpane.html`, `${server.url}office-js/office.js`, `${server.url}taskpane.js`, `${server.url}functions.js`]));
      expect(load.text).toContain("政务公开年报");
    } finally {
      await server.close();
    }
  }, 60000);
});
