/**
 * The offline manifest test (office-addin-manifest validate needs the internet): the development manifest passes
 * against a fresh build, and each planted defect is caught by the rule meant to catch it.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { checkManifest, pngSize } from "../../src/deploy/manifest";
import type { ManifestRule } from "../../src/deploy/manifest";
import { ROOT, buildAddin } from "../helpers/build";
import { HANG_GUARD_MS } from "../helpers/timeouts";

const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

let dist: string;
beforeAll(() => (dist = buildAddin()), HANG_GUARD_MS.addinBuild);

/** Replaces exactly one occurrence, so that a planted defect cannot silently miss its target. */
function plant(xml: string, from: string, to: string): string {
  const at = xml.indexOf(from);
  if (at < 0 || xml.indexOf(from, at + 1) >= 0) throw new Error(`expected exactly one «${from}» in manifest.xml`);
  return xml.slice(0, at) + to + xml.slice(at + from.length);
}

function rules(xml: string, options: { baseUrl?: string; distDir?: string } = { distDir: dist }): ManifestRule[] {
  return checkManifest(xml, options).map((p) => p.rule);
}

describe("the development manifest", () => {
  test("passes every check against a fresh build", () => {
    expect(checkManifest(MANIFEST, { distDir: dist })).toEqual([]);
  });

  test("its version is package.json's version with a fourth part 0 (packages count up from there)", () => {
    const version = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
    expect(MANIFEST).toContain(`<Version>${version}.0</Version>`);
  });

  test("names icons of the sizes Office asks for", () => {
    expect(pngSize(fs.readFileSync(path.join(dist, "assets", "icon-80.png")))).toEqual({ width: 80, height: 80 });
    expect(pngSize(Buffer.from("not a png"))).toBeUndefined();
  });
});

describe("planted defects are caught", () => {
  const defects: Array<[string, (xml: string) => string, ManifestRule]> = [
    ["malformed XML (a comment containing --)", (x) => plant(x, "<Requirements>", "<!-- a -- b --><Requirements>"), "xml"],
    ["Id that is not a GUID", (x) => plant(x, "<Id>5b0e5c1e-9d3a-4f57-8c1e-2a7f4d6b9c31</Id>", "<Id>xxgk-addin</Id>"), "id"],
    ["Version with two parts", (x) => plant(x, "<Version>0.1.0.0</Version>", "<Version>0.1</Version>"), "version"],
    ["top-level elements out of order", (x) => plant(plant(x, '  <SupportUrl DefaultValue="https://localhost:3000/help.html"/>\n', ""), "  <IconUrl", '  <SupportUrl DefaultValue="https://localhost:3000/help.html"/>\n  <IconUrl'), "order"],
    ["a required element missing", (x) => plant(x, "<Permissions>ReadWriteDocument</Permissions>", ""), "required"],
    ["an unknown permission", (x) => plant(x, "<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>"), "permissions"],
    ["a display name over 125 characters", (x) => plant(x, '<DisplayName DefaultValue="政务公开年报"/>', `<DisplayName DefaultValue="${"年".repeat(126)}"/>`), "text"],
    ["no Excel host", (x) => plant(x, '<Host Name="Workbook"/>', '<Host Name="Document"/>'), "host"],
    ["no SharedRuntime requirement", (x) => plant(x, '<Set Name="SharedRuntime" MinVersion="1.1"/>', '<Set Name="ExcelApi" MinVersion="1.1"/>'), "sharedRuntime"],
    ["a resid with no resource", (x) => plant(x, '<Label resid="Group.Label"/>', '<Label resid="Group.Lable"/>'), "resid"],
    ["a resid pointing at the wrong kind of resource", (x) => plant(x, '<Label resid="Group.Label"/>', '<Label resid="Taskpane.Url"/>'), "resid"],
    ["a resource id defined twice", (x) => plant(x, '<bt:String id="Group.Label" DefaultValue="政务公开年报"/>', '<bt:String id="Group.Label" DefaultValue="政务公开年报"/><bt:String id="Group.Label" DefaultValue="重复"/>'), "resource"],
    ["a resource id over 32 characters", (x) => plant(x, '<bt:String id="GetStarted.Title"', '<bt:String id="Unused.Resource.Id.Longer.Than.32.Chars" DefaultValue="x"/><bt:String id="GetStarted.Title"'), "resource"],
    ["the function file on another page than the runtime", (x) => plant(x, '<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>'), "runtime"],
    ["the functions' page not the runtime's page", (x) => plant(x, '<Page>\n              <SourceLocation resid="Taskpane.Url"/>', '<Page>\n              <SourceLocation resid="GetStarted.LearnMoreUrl"/>'), "runtime"],
    ["a short-lived runtime", (x) => plant(x, '<Runtime resid="Taskpane.Url" lifetime="long"/>', '<Runtime resid="Taskpane.Url"/>'), "runtime"],
    ["a namespace in Chinese", (x) => plant(x, '<bt:String id="Functions.Namespace" DefaultValue="XXGK"/>', '<bt:String id="Functions.Namespace" DefaultValue="政务公开"/>'), "namespace"],
    ["a namespace of 33 characters", (x) => plant(x, '<bt:String id="Functions.Namespace" DefaultValue="XXGK"/>', `<bt:String id="Functions.Namespace" DefaultValue="${"X".repeat(33)}"/>`), "namespace"],
    ["a ribbon icon size missing", (x) => plant(x, '<Icon>\n                  <bt:Image size="16" resid="Icon.16x16"/>\n                  <bt:Image size="32" resid="Icon.32x32"/>\n                  <bt:Image size="80" resid="Icon.80x80"/>\n                </Icon>\n                <Control', '<Icon>\n                  <bt:Image size="16" resid="Icon.16x16"/>\n                  <bt:Image size="32" resid="Icon.32x32"/>\n                </Icon>\n                <Control'), "icon"],
    ["an icon of the wrong size", (x) => plant(x, '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>', '<IconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>'), "icon"],
    ["plain http to another host", (x) => plant(x, '<SupportUrl DefaultValue="https://localhost:3000/help.html"/>', '<SupportUrl DefaultValue="http://intranet.example/help.html"/>'), "https"],
    ["a URL that is not a URL", (x) => plant(x, 'DefaultValue="https://localhost:3000/functions.json"', 'DefaultValue="functions.json"'), "url"],
    ["an AppDomain with a path", (x) => plant(x, "  <Hosts>\n    <Host Name", "  <AppDomains><AppDomain>https://intranet.example/xxgk/</AppDomain></AppDomains>\n  <Hosts>\n    <Host Name"), "appDomain"],
    ["a URL naming a file the build does not have", (x) => plant(x, "https://localhost:3000/functions.json", "https://localhost:3000/function.json"), "file"],
  ];

  test.each(defects)("%s", (_name, mutate, rule) => {
    expect(rules(mutate(MANIFEST))).toContain(rule);
  });

  test("a URL outside the deployment's base URL", () => {
    expect(rules(MANIFEST, { baseUrl: "https://intranet.example/xxgk/" })).toContain("baseUrl");
    expect(rules(MANIFEST, { baseUrl: "https://localhost:3000/" })).toEqual([]);
    // A base given without its final slash is still a folder: /xxgk-old/ is not under /xxgk.
    const sibling = MANIFEST.split("https://localhost:3000/").join("https://intranet.example/xxgk-old/");
    expect(rules(sibling, { baseUrl: "https://intranet.example/xxgk" })).toContain("baseUrl");
  });

  test("anything that is not a task pane manifest is one clear problem, never an exception", () => {
    expect(rules("", {})).toEqual(["xml"]);
    expect(rules("\u0000\u0001binary", {})).toEqual(["xml"]);
    expect(rules("<OfficeApp/>", {})).toEqual(["root"]);
    expect(rules(MANIFEST.replace('xsi:type="TaskPaneApp"', 'xsi:type="MailApp"'), {})).toEqual(["root"]);
  });

  test("plain http is accepted for localhost only", () => {
    const http = MANIFEST.split("https://localhost:3000/").join("http://localhost:3000/");
    expect(rules(http, {})).toEqual([]);
    expect(rules(http.split("http://localhost:3000/").join("http://10.0.0.8/"), {})).toContain("https");
  });

  test("functions.json that Excel cannot read", () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-manifest-"));
    try {
      fs.cpSync(dist, copy, { recursive: true });
      fs.writeFileSync(path.join(copy, "functions.json"), "{ not json");
      expect(rules(MANIFEST, { distDir: copy })).toEqual(["functionsMetadata"]);
      fs.writeFileSync(path.join(copy, "functions.json"), JSON.stringify({ functions: [{ id: "校验" }] }));
      expect(rules(MANIFEST, { distDir: copy })).toEqual(["functionsMetadata"]);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
