import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";
import { DOMParser } from "@xmldom/xmldom";
import { PackageError } from "../../src/deploy/package";
import { commandOf, commandUrl } from "../../src/wps/paneCommands";
import { assembleWpsPackage, buildWpsPackage, formatWpsPackageSummary, jspluginsXml, normalizeWpsBaseUrl } from "../../src/wps/package";
import { RIBBON, ribbonCallbackNames, ribbonXml } from "../../src/wps/ribbon";
import { createMemoryEt } from "../../src/wps/memory";
import type { MemoryEtApplication } from "../../src/wps/memory";
import { buildAddin, ROOT } from "../helpers/build";
import { callFunction, loadRegisteredFunctions } from "../helpers/functions";
import { fixtureInput } from "../helpers/reports";

/**
 * npm run package -- --wps: the WPS add-in folder from a production build, online (served, jspluginonline) and
 * offline (jsaddons/ with publish.xml), checked — every ribbon callback resolves to a function of the page, every
 * button opens the task pane at its command, the functions registered are those functions.json describes — and
 * refused, leaving nothing, when a check fails. Then the packaged page loaded from disk with the in-memory WPS as
 * its Application: the ribbon's callbacks called, and XXGK.* answering as in Excel.
 */

const OUT = path.join(ROOT, "test", "output", "wps-package");
let dist: string;
beforeAll(() => {
  dist = buildAddin();
  fs.rmSync(OUT, { recursive: true, force: true });
}, 240000);

const parses = (xml: string) => {
  let error: string | undefined;
  new DOMParser({ onError: (level, message) => void (level !== "warning" && (error ??= message)) }).parseFromString(xml, "text/xml");
  return error;
};

describe("ribbon.xml and the pane's commands", () => {
  test("the 「年报校验」 tab with the four buttons; every callback named once; well-formed, starting with <customUI", () => {
    const xml = ribbonXml();
    expect(parses(xml)).toBeUndefined();
    expect(xml.startsWith("<customUI")).toBe(true);
    expect(xml).toContain('label="年报校验"');
    for (const label of ["插入模板", "一键校验", "生成正文", "上年报告"]) expect(xml).toContain(`label="${label}"`);
    expect(ribbonCallbackNames(xml)).toEqual(["GetImage", "OnAction", "OnAddinLoad", "OnGetEnabled"]);
  });

  test("a command travels in the pane's address and is read back", () => {
    const url = commandUrl("https://x/xxgk/taskpane.html#old", "validate", 7);
    expect(url).toBe("https://x/xxgk/taskpane.html#xxgk=validate-7");
    expect(commandOf(new URL(url).hash)).toBe("validate");
    expect(commandOf("#xxgk=lastYear-2")).toBe("lastYear");
    expect(commandOf("#xxgk=delete-1")).toBeUndefined();
    expect(commandOf("")).toBeUndefined();
  });

  test("the add-in lists: online lists the served folder, offline the folder inside jsaddons", () => {
    const online = jspluginsXml({ mode: "online", url: "https://intranet/xxgk-wps/" });
    expect(parses(online)).toBeUndefined();
    expect(online).toContain('<jspluginonline name="xxgk" type="et" url="https://intranet/xxgk-wps/"/>');
    const offline = jspluginsXml({ mode: "offline", folder: "xxgk_0.1.0.25140", version: "0.1.0.25140" });
    expect(offline).toContain('<jsplugin name="xxgk" type="et" url="xxgk_0.1.0.25140" version="0.1.0.25140"');
    expect(normalizeWpsBaseUrl("http://10.1.2.3:8080/wps")).toBe("http://10.1.2.3:8080/wps/");
    expect(() => normalizeWpsBaseUrl("file:///C:/xxgk")).toThrow(PackageError);
  });
});

describe("the package", () => {
  let online: Awaited<ReturnType<typeof assembleWpsPackage>>;
  beforeAll(async () => {
    online = await assembleWpsPackage(dist, { outDir: path.join(OUT, "online"), baseUrl: "https://intranet.example/xxgk-wps", version: "0.1.0.25140" });
  }, 60000);

  test("online: the add-in's files, WPS's own files, jsplugins.xml at the served folder, a zip", () => {
    const files = online.files.map((f) => f.path);
    for (const f of ["index.html", "wps-addin.js", "taskpane.html", "taskpane.js", "wps-host.js", "template.js", "ribbon.xml", "manifest.xml", "functions.json", "jsplugins.xml", "help.html", "assets/icon-32.png"]) {
      expect(files).toContain(f);
    }
    // Excel's own files stay out; no page loads Microsoft's office.js.
    for (const f of ["functions.js", "wps-index.html", "wps-taskpane.html"]) expect(files).not.toContain(f);
    expect(fs.readFileSync(path.join(online.dir, "taskpane.html"), "utf8")).not.toContain("appsforoffice");
    expect(fs.readFileSync(path.join(online.dir, "index.html"), "utf8")).toContain("wps-addin.js");
    expect(fs.readFileSync(path.join(online.dir, "jsplugins.xml"), "utf8")).toContain('url="https://intranet.example/xxgk-wps/"');
    const manifest = fs.readFileSync(path.join(online.dir, "manifest.xml"), "utf8");
    expect(parses(manifest)).toBeUndefined();
    expect(manifest).toMatch(/<Functions>\s*<Uri>\/functions\.json<\/Uri>\s*<Namespace>XXGK<\/Namespace>\s*<\/Functions>/);
    expect(fs.readFileSync(online.zipFile).subarray(0, 2).toString()).toBe("PK");
    expect(online.callbacks).toEqual(["GetImage", "OnAction", "OnAddinLoad", "OnGetEnabled"]);
  });

  test("XXGK.* for WPS: the same names, parameters and Chinese help as Excel's functions.json", () => {
    const office = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8")) as { functions: { id: string; description: string; parameters: { name: string; description: string; optional?: boolean; dimensionality?: string }[] }[] };
    const wps = JSON.parse(fs.readFileSync(path.join(online.dir, "functions.json"), "utf8")) as { functions: { name: string; description: string; parameters: { name: string; description: string; type: string }[] }[] };
    expect(wps.functions.map((f) => f.name)).toEqual(office.functions.map((f) => f.id));
    expect(online.functions.sort()).toEqual(office.functions.map((f) => f.id).sort());
    for (const [i, f] of office.functions.entries()) {
      expect(wps.functions[i].description).toBe(f.description);
      expect(wps.functions[i].parameters.map((p) => p.name)).toEqual(f.parameters.map((p) => p.name));
      expect(wps.functions[i].parameters.map((p) => p.description)).toEqual(f.parameters.map((p) => p.description));
      // A range is a two-dimensional array, an optional parameter ends in 「?」 (wpsjs's functionsScanner's types).
      expect(wps.functions[i].parameters.map((p) => [p.type.endsWith("[][]"), p.type.endsWith("?")])).toEqual(
        f.parameters.map((p) => [p.dimensionality === "matrix", Boolean(p.optional)]),
      );
    }
    expect(wps.functions.find((f) => f.name === "T3CHECK")?.parameters.map((p) => p.type)).toEqual(["any[][]", "any?"]);
  });

  test("offline: jsaddons/xxgk_<version>/ with publish.xml and jsplugins.xml naming that folder", async () => {
    const offline = await assembleWpsPackage(dist, { outDir: path.join(OUT, "offline"), offline: true, version: "0.1.0.25140" });
    const files = offline.files.map((f) => f.path);
    expect(files).toContain("jsaddons/xxgk_0.1.0.25140/index.html");
    expect(files).toContain("jsaddons/xxgk_0.1.0.25140/ribbon.xml");
    for (const list of ["jsaddons/publish.xml", "jsaddons/jsplugins.xml"]) {
      expect(fs.readFileSync(path.join(offline.dir, list), "utf8")).toContain('url="xxgk_0.1.0.25140" version="0.1.0.25140"');
    }
    expect(files).not.toContain("jsplugins.xml");
  }, 60000);

  test("a page missing a ribbon callback is refused, and nothing is left behind", async () => {
    const broken = path.join(OUT, "broken-dist");
    fs.cpSync(dist, broken, { recursive: true });
    const page = path.join(broken, "wps-addin.js");
    fs.writeFileSync(page, fs.readFileSync(page, "utf8").replace(/OnGetEnabled/g, "OnGetEnabledX"));
    const out = path.join(OUT, "refused");
    await expect(assembleWpsPackage(broken, { outDir: out, baseUrl: "https://intranet/x/", version: "0.1.0.1" })).rejects.toThrow(/回调「OnGetEnabled」在加载项页面（index\.html）中没有对应的函数/);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.existsSync(`${out}.zip`)).toBe(false);
  }, 60000);

  test("npm run package: --wps needs --base-url or --offline; --offline alone is refused", () => {
    const run = (...args: string[]) => {
      try {
        execFileSync(process.execPath, [path.join(ROOT, "scripts", "package.js"), ...args], { cwd: ROOT, stdio: "pipe" });
        return { code: 0, stderr: "" };
      } catch (e) {
        const err = e as { status: number; stderr: Buffer };
        return { code: err.status, stderr: err.stderr.toString() };
      }
    };
    expect(run("--wps")).toEqual({ code: 1, stderr: expect.stringContaining("--base-url") });
    expect(run("--offline", "--base-url", "https://x/")).toEqual({ code: 1, stderr: expect.stringContaining("只用于 WPS 加载项") });
    expect(run("--wps", "--offline", "--base-url", "https://x/")).toEqual({ code: 1, stderr: expect.stringContaining("只能选一个") });
    expect(run("--wps", "--base-url", "ftp://x/")).toEqual({ code: 1, stderr: expect.stringContaining("http://") });
  });

  test("buildWpsPackage: built, assembled, the build folder removed; the default folder name says the version", async () => {
    const parent = path.join(OUT, "built");
    fs.mkdirSync(parent, { recursive: true });
    const root = path.join(parent, "project");
    fs.mkdirSync(root, { recursive: true });
    fs.writeFileSync(path.join(root, "package.json"), JSON.stringify({ version: "0.2.0" }));
    const lines: string[] = [];
    const result = await buildWpsPackage({
      root,
      offline: true,
      now: new Date(2025, 4, 20),
      log: (line) => lines.push(line),
      build: async (_root, out) => void fs.cpSync(dist, out, { recursive: true }),
    });
    expect(result.dir).toBe(path.join(root, "build", "package", "xxgk-wps-0.2.0.25140-offline"));
    expect(result.version).toBe("0.2.0.25140");
    expect(fs.existsSync(`${result.dir}.build`)).toBe(false);
    expect(fs.existsSync(path.join(result.dir, "jsaddons", "xxgk_0.2.0.25140", "ribbon.xml"))).toBe(true);
    expect(lines.join("\n")).toContain("正在构建");
    expect(formatWpsPackageSummary(result)).toContain("jsaddons");
  });

  describe("the packaged page, loaded from disk with the in-memory WPS as its Application", () => {
    let app: MemoryEtApplication;
    let page: Record<string, unknown>;
    beforeAll(() => {
      app = createMemoryEt();
      const base = new URL(`file://${online.dir}/`);
      const sandbox: Record<string, unknown> = { Application: app, wps: app, location: new URL("index.html", base), document: { currentScript: { src: new URL("wps-addin.js", base).href } }, console, URL };
      sandbox.window = sandbox;
      const context = vm.createContext(sandbox);
      vm.runInContext(fs.readFileSync(path.join(online.dir, "wps-addin.js"), "utf8"), context);
      page = context as Record<string, unknown>;
    });
    const call = (name: string, ...args: unknown[]) => (page[name] as (...a: unknown[]) => unknown)(...args);

    test("OnAddinLoad, GetImage, OnGetEnabled answer; each button opens one task pane at its command", () => {
      expect(call("OnAddinLoad", { Invalidate() {} })).toBe(true);
      expect(call("GetImage", { Id: "xxgkValidate" })).toBe(RIBBON.image);
      expect(fs.existsSync(path.join(online.dir, RIBBON.image))).toBe(true);
      expect(call("OnGetEnabled", { Id: "xxgkValidate" })).toBe(true);
      call("OnAction", { Id: "xxgkInsert" });
      expect(app.taskPanes).toHaveLength(1);
      expect(app.taskPanes[0]).toMatchObject({ Visible: true, DockPosition: 2 });
      expect(commandOf(new URL(app.taskPanes[0].url).hash)).toBe("insert");
      expect(new URL(app.taskPanes[0].url).pathname).toBe(path.join(online.dir, "taskpane.html"));
      for (const b of RIBBON.buttons.slice(1)) {
        call("OnAction", { Id: b.id });
        expect(commandOf(new URL(app.taskPanes[0].url).hash)).toBe(b.command);
      }
      expect(app.taskPanes).toHaveLength(1); // the same pane, navigated
      expect(app.taskPanes[0].navigations).toHaveLength(4);
      app.taskPanes[0].Visible = false;
      call("OnAction", { Id: "xxgkValidate" });
      expect(app.taskPanes[0].Visible).toBe(true);
    });

    test("XXGK.* answer as in Excel — values, and errors as their text; a Range argument is read as its values", () => {
      const excel = loadRegisteredFunctions(dist);
      expect([...app.functions.keys()].sort()).toEqual([...excel.handlers.keys()].map((id) => `XXGK.${id}`).sort());
      const input = fixtureInput("huaian-2024");
      const rows = (Object.keys(input.rows) as string[]).filter((k) => k.startsWith("t3.")).map((k) => input.rows[k]);
      expect(rows.length).toBe(25);
      const cases: [string, ...unknown[]][] = [
        ["EDITION", 2024],
        ["EDITION", 2018],
        ["T3CHECK", rows],
        ["BALANCE", rows.map((r) => [r[0]]), 2024],
        ["SHARE", 1, 3],
        ["SHARE", 1, 0],
        ["SUMCHECK", 10, [[3, 4, 2]]],
        ["T3SENTENCE", rows, 2024, "淮安市人民政府"],
      ];
      for (const [id, ...args] of cases) {
        const inExcel = callFunction(excel, id, ...args);
        const inWps = app.callFunction(`XXGK.${id}`, ...args);
        const expected = "value" in inExcel ? inExcel.value : inExcel.message ? `${inExcel.error} ${inExcel.message}` : inExcel.error;
        expect([id, inWps]).toEqual([id, expected]);
      }
      // A Range passed as the object: the same answer as its values.
      const sheet = app.ActiveSheet as { Range(a: string): { Value2: unknown } };
      const range = sheet.Range(`A1:G25`);
      range.Value2 = rows;
      expect(app.callFunction("XXGK.T3CHECK", range)).toEqual(app.callFunction("XXGK.T3CHECK", rows));
    });
  });
});
