/**
 * The offline manifest check. `office-addin-manifest validate` posts the manifest to an online service, which
 * government intranets cannot reach, so the rules Office applies when it loads our manifest are checked here —
 * plus our own deployment rules (every URL under the deployment's base URL, every file it names present).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Element } from "@xmldom/xmldom";
import { NS, allElements, childElements, descendants, firstChild, manifestBaseUrl, parseManifest, urlSlots, xsiType } from "./manifestXml";
import type { UrlSlot } from "./manifestXml";

export type ManifestRule =
  | "xml"
  | "root"
  | "order"
  | "required"
  | "id"
  | "version"
  | "text"
  | "permissions"
  | "host"
  | "sharedRuntime"
  | "resource"
  | "resid"
  | "runtime"
  | "namespace"
  | "icon"
  | "url"
  | "https"
  | "baseUrl"
  | "appDomain"
  | "file"
  | "functionsMetadata";

/** One thing wrong with the manifest: a stable rule id (for tests and tools) and a Chinese message. */
export interface ManifestProblem {
  rule: ManifestRule;
  message: string;
}

export interface ManifestCheckOptions {
  /** The built add-in folder: the files the manifest's URLs name must exist there. */
  distDir?: string;
  /** The deployment's base URL: every URL must lie under it. */
  baseUrl?: string;
}

type Report = (rule: ManifestRule, message: string) => void;

/** Checks a manifest and returns every problem found (an empty list when it is fine). Never throws. */
export function checkManifest(xml: string, options: ManifestCheckOptions = {}): ManifestProblem[] {
  const parsed = parseManifest(xml);
  if (!parsed.ok) return [{ rule: "xml", message: `清单不是有效的 XML：${parsed.error}` }];
  const { root } = parsed;
  if (root.namespaceURI !== NS.office || root.localName !== "OfficeApp" || xsiType(root) !== "TaskPaneApp") {
    return [{ rule: "root", message: `根元素应为任务窗格加载项 <OfficeApp xmlns="${NS.office}" xsi:type="TaskPaneApp">` }];
  }

  const problems: ManifestProblem[] = [];
  const report: Report = (rule, message) => problems.push({ rule, message });
  // "https://x/xxgk" must not admit "https://x/xxgk-other/…": compare against the folder, with its slash.
  const baseUrl = options.baseUrl && !options.baseUrl.endsWith("/") ? `${options.baseUrl}/` : options.baseUrl;
  const base = baseUrl ?? manifestBaseUrl(root);

  checkTopLevel(root, report);
  const overrides = firstChild(root, NS.overrides, "VersionOverrides");
  const resources = readResources(overrides, report);
  if (overrides) {
    checkResids(overrides, resources, report);
    checkSharedRuntime(overrides, resources, report);
    checkIconSets(overrides, report);
  }
  const slots = urlSlots(root);
  checkUrls(slots, baseUrl, report);
  if (options.distDir && base) checkFiles(root, slots, resources, options.distDir, base, report);
  return problems;
}

// ── Top-level elements ─────────────────────────────────────────────────────────────────────────────────────────

/** Office validates the manifest against its schema, which fixes the order of the top-level elements. */
const TOP_LEVEL_ORDER = [
  "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
  "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions",
  "VersionOverrides", "ExtendedOverrides",
];
/** Required by Office, or by us: icons, a support page, the shared-runtime requirement and the ribbon button. */
const REQUIRED = [
  "Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl",
  "SupportUrl", "Hosts", "Requirements", "DefaultSettings", "Permissions", "VersionOverrides",
];
const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/;
const SHORT_TEXT = 125;
const LONG_TEXT = 250;

function elementChildren(parent: Element): Element[] {
  return allElements(parent).filter((e) => e.parentNode === parent);
}

function checkTopLevel(root: Element, report: Report): void {
  const names = elementChildren(root).map((e) => e.localName ?? "");
  let last = -1;
  for (const name of names) {
    const position = TOP_LEVEL_ORDER.indexOf(name);
    if (position < 0) report("order", `<OfficeApp> 下有未知元素 <${name}>，Office 会拒绝加载`);
    else if (position < last) report("order", `<${name}> 的位置不对：Office 要求顶层元素按 ${TOP_LEVEL_ORDER.join("、")} 的顺序排列`);
    else last = position;
  }
  for (const name of REQUIRED) if (!names.includes(name)) report("required", `缺少 <${name}>`);

  const text = (name: string) => (firstChild(root, NS.office, name)?.textContent ?? "").trim();
  const id = text("Id");
  if (names.includes("Id") && !GUID.test(id)) report("id", `<Id> 应为 GUID（如 5b0e5c1e-9d3a-4f57-8c1e-2a7f4d6b9c31），现为「${id}」`);
  const version = text("Version");
  if (names.includes("Version") && !VERSION.test(version)) report("version", `<Version> 应为四段数字 n.n.n.n（如 1.0.0.0），现为「${version}」`);
  if (names.includes("ProviderName") && !text("ProviderName")) report("text", "<ProviderName> 为空");
  if (names.includes("DefaultLocale") && !/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(text("DefaultLocale"))) report("text", `<DefaultLocale> 应为语言代码（如 zh-CN），现为「${text("DefaultLocale")}」`);
  for (const [name, limit] of [["DisplayName", SHORT_TEXT], ["Description", LONG_TEXT]] as const) {
    const element = firstChild(root, NS.office, name);
    if (element) checkText(`<${name}>`, element.getAttribute("DefaultValue") ?? "", limit, report);
  }
  const permissions = text("Permissions");
  if (names.includes("Permissions") && !PERMISSIONS.includes(permissions)) report("permissions", `<Permissions> 应为 ${PERMISSIONS.join("、")} 之一，现为「${permissions}」`);

  const hosts = firstChild(root, NS.office, "Hosts");
  if (hosts && !childElements(hosts, NS.office, "Host").some((h) => h.getAttribute("Name") === "Workbook")) report("host", '<Hosts> 中缺少 <Host Name="Workbook"/>（Excel）');

  const requirements = firstChild(root, NS.office, "Requirements");
  const sets = requirements ? descendants(requirements, NS.office, "Set") : [];
  const shared = sets.find((s) => s.getAttribute("Name") === "SharedRuntime");
  if (!shared) report("sharedRuntime", '<Requirements><Sets> 中缺少 <Set Name="SharedRuntime" MinVersion="1.1"/>：任务窗格和自定义函数共用一个运行时');
  else if (!(Number(shared.getAttribute("MinVersion") ?? "1.1") >= 1.1)) report("sharedRuntime", `SharedRuntime 的 MinVersion 至少为 1.1，现为「${shared.getAttribute("MinVersion")}」`);
}

function checkText(where: string, value: string, limit: number, report: Report): void {
  if (!value.trim()) report("text", `${where} 的文字为空`);
  else if ([...value].length > limit) report("text", `${where} 的文字超过 ${limit} 个字符（现为 ${[...value].length} 个）`);
}

// ── Resources and resids ───────────────────────────────────────────────────────────────────────────────────────

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";
interface Resource {
  kind: ResourceKind;
  value: string;
}
type Resources = Map<string, Resource[]>;

const KIND_NAMES: Record<ResourceKind, string> = { Images: "bt:Images", Urls: "bt:Urls", ShortStrings: "bt:ShortStrings", LongStrings: "bt:LongStrings" };
/** What a resid must point at, by the referring element's name. */
const RESID_KIND: Record<string, ResourceKind> = {
  Image: "Images",
  SourceLocation: "Urls",
  Runtime: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
};
const RESOURCE_ID_LIMIT = 32;

function readResources(overrides: Element | undefined, report: Report): Resources {
  const resources: Resources = new Map();
  const container = overrides && firstChild(overrides, NS.overrides, "Resources");
  if (!container) {
    if (overrides) report("required", "<VersionOverrides> 中缺少 <Resources>");
    return resources;
  }
  for (const kind of Object.keys(KIND_NAMES) as ResourceKind[]) {
    const itemName = kind === "Images" ? "Image" : kind === "Urls" ? "Url" : "String";
    for (const list of childElements(container, NS.basicTypes, kind)) {
      for (const item of childElements(list, NS.basicTypes, itemName)) {
        const id = item.getAttribute("id") ?? "";
        const value = item.getAttribute("DefaultValue") ?? "";
        const where = `${KIND_NAMES[kind]} 中的 id="${id}"`;
        if (!id) report("resource", `${KIND_NAMES[kind]} 中有资源缺少 id`);
        else if (id.length > RESOURCE_ID_LIMIT) report("resource", `${where} 超过 ${RESOURCE_ID_LIMIT} 个字符`);
        const same = resources.get(id) ?? [];
        if (same.some((r) => r.kind === kind)) report("resource", `${where} 重复定义`);
        if (kind === "ShortStrings" || kind === "LongStrings") checkText(where, value, kind === "ShortStrings" ? SHORT_TEXT : LONG_TEXT, report);
        same.push({ kind, value });
        resources.set(id, same);
      }
    }
  }
  return resources;
}

function resolve(resources: Resources, id: string, kind: ResourceKind): Resource | undefined {
  return resources.get(id)?.find((r) => r.kind === kind);
}

function checkResids(overrides: Element, resources: Resources, report: Report): void {
  for (const element of allElements(overrides)) {
    const id = element.getAttribute("resid");
    if (id === null) continue;
    const name = element.localName ?? "";
    const kind = RESID_KIND[name];
    const found = resources.get(id);
    if (!found) report("resid", `<${element.tagName} resid="${id}"> 找不到对应的资源（<Resources> 中没有 id="${id}"）`);
    else if (kind && !found.some((r) => r.kind === kind)) report("resid", `<${element.tagName} resid="${id}"> 应指向 ${KIND_NAMES[kind]} 中的资源，但 id="${id}" 在 ${found.map((r) => KIND_NAMES[r.kind]).join("、")} 中`);
  }
}

// ── Shared runtime: one page hosts the task pane and the custom functions ─────────────────────────────────────

const NAMESPACE = /^[A-Za-z0-9.]{1,32}$/;

function checkSharedRuntime(overrides: Element, resources: Resources, report: Report): void {
  const runtimes = descendants(overrides, NS.overrides, "Runtime");
  if (runtimes.length !== 1) report("runtime", `<Runtimes> 中应恰好有一个 <Runtime>，现有 ${runtimes.length} 个`);
  const runtime = runtimes[0];
  if (runtime && runtime.getAttribute("lifetime") !== "long") report("runtime", '<Runtime> 应设置 lifetime="long"，否则关闭任务窗格后自定义函数会停止');

  const points = descendants(overrides, NS.overrides, "ExtensionPoint");
  const functions = points.filter((p) => xsiType(p) === "CustomFunctions");
  if (functions.length !== 1) report("runtime", `应恰好有一个 <ExtensionPoint xsi:type="CustomFunctions">，现有 ${functions.length} 个`);
  const sourceOf = (parent: Element | undefined, name: string) => {
    const holder = parent && firstChild(parent, NS.overrides, name);
    const source = holder && firstChild(holder, NS.overrides, "SourceLocation");
    return source?.getAttribute("resid") ?? null;
  };
  const cf = functions[0];
  for (const part of ["Script", "Page", "Metadata"]) if (cf && !sourceOf(cf, part)) report("runtime", `自定义函数缺少 <${part}><SourceLocation resid=…>`);
  const namespace = cf && firstChild(cf, NS.overrides, "Namespace");
  const namespaceId = namespace?.getAttribute("resid");
  if (cf && !namespaceId) report("namespace", "自定义函数缺少 <Namespace resid=…>");
  const namespaceValue = namespaceId ? resolve(resources, namespaceId, "ShortStrings")?.value : undefined;
  if (namespaceValue !== undefined && !NAMESPACE.test(namespaceValue)) report("namespace", `自定义函数的命名空间只能由英文字母、数字和点组成，最多 32 个字符，现为「${namespaceValue}」`);

  // Runtime, the functions' page, the function file and every task pane button must name the same page.
  const pages: Array<[string, string | null]> = [];
  if (runtime) pages.push(["<Runtime>", runtime.getAttribute("resid")]);
  if (cf) pages.push(["自定义函数的 <Page>", sourceOf(cf, "Page")]);
  const functionFiles = descendants(overrides, NS.overrides, "FunctionFile");
  for (const file of functionFiles) pages.push(["<FunctionFile>", file.getAttribute("resid")]);
  const actions = descendants(overrides, NS.overrides, "Action").filter((a) => xsiType(a) === "ShowTaskpane");
  for (const action of actions) pages.push(['<Action xsi:type="ShowTaskpane">', firstChild(action, NS.overrides, "SourceLocation")?.getAttribute("resid") ?? null]);
  if (actions.length === 0) report("runtime", '缺少打开任务窗格的按钮（<Action xsi:type="ShowTaskpane">）');
  const distinct = new Set(pages.map(([, id]) => id));
  if (distinct.size > 1) report("runtime", `共享运行时要求以下位置使用同一个页面资源：${pages.map(([where, id]) => `${where} → ${id ?? "（缺失）"}`).join("；")}`);
}

/** Excel's ribbon asks for these sizes in every <Icon>. */
const RIBBON_ICON_SIZES = ["16", "32", "80"];

function checkIconSets(overrides: Element, report: Report): void {
  for (const icon of descendants(overrides, NS.overrides, "Icon")) {
    const sizes = childElements(icon, NS.basicTypes, "Image").map((i) => i.getAttribute("size"));
    const missing = RIBBON_ICON_SIZES.filter((s) => !sizes.includes(s));
    if (missing.length > 0) report("icon", `<Icon> 缺少尺寸为 ${missing.join("、")} 的 <bt:Image>`);
  }
}

// ── URLs ───────────────────────────────────────────────────────────────────────────────────────────────────────

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);
const URL_LIMIT = 2048;

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

function checkUrls(slots: UrlSlot[], baseUrl: string | undefined, report: Report): void {
  const baseOrigin = baseUrl ? parseUrl(baseUrl)?.origin : undefined;
  for (const slot of slots) {
    const url = parseUrl(slot.value);
    if (!url) {
      report("url", `${slot.where} 的地址「${slot.value}」不是完整的网址`);
      continue;
    }
    if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.has(url.hostname))) {
      report("https", `${slot.where} 的地址 ${slot.value} 必须使用 https（明文 http 只允许 localhost）`);
    }
    if (slot.value.length > URL_LIMIT) report("url", `${slot.where} 的地址超过 ${URL_LIMIT} 个字符`);
    if (slot.attribute === null) {
      if (slot.value !== url.origin) report("appDomain", `<AppDomain> 只能写协议、主机和端口（如 https://intranet.example），不能带路径或结尾的 /，现为「${slot.value}」`);
      else if (baseOrigin && url.origin !== baseOrigin) report("baseUrl", `<AppDomain> ${slot.value} 不是部署地址 ${baseUrl} 所在的网站`);
    } else if (baseUrl && !slot.value.startsWith(baseUrl)) {
      report("baseUrl", `${slot.where} 的地址 ${slot.value} 不在部署地址 ${baseUrl} 之下`);
    }
  }
}

// ── Files in the build ─────────────────────────────────────────────────────────────────────────────────────────

/** The file a URL names inside the built folder, or undefined when the URL is not under the base. */
function fileFor(value: string, base: string, distDir: string): { relative: string; file: string } | undefined {
  if (!value.startsWith(base)) return undefined;
  const relative = decodeURIComponent(value.slice(base.length).replace(/[?#].*$/, ""));
  const file = path.resolve(distDir, relative);
  const inside = path.relative(path.resolve(distDir), file);
  if (inside.startsWith("..") || path.isAbsolute(inside)) return undefined;
  return { relative, file };
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Width and height from a PNG's IHDR chunk, or undefined when the file is not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = "89504e470d0a1a0a";
  if (bytes.length < 24 || bytes.subarray(0, 8).toString("hex") !== signature || bytes.subarray(12, 16).toString("latin1") !== "IHDR") return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function checkFiles(root: Element, slots: UrlSlot[], resources: Resources, distDir: string, base: string, report: Report): void {
  const present = new Map<string, string>();
  for (const slot of slots) {
    if (slot.attribute === null) continue;
    const target = fileFor(slot.value, base, distDir);
    if (!target) continue;
    if (!isFile(target.file)) report("file", `${slot.where} 指向 ${slot.value}，但构建结果中没有 ${target.relative || "（目录）"}`);
    else present.set(slot.value, target.file);
  }

  // Icons must be PNGs of the size Office asks for.
  const expected: Array<[string, string | null | undefined, number]> = [
    ["<IconUrl>", firstChild(root, NS.office, "IconUrl")?.getAttribute("DefaultValue"), 32],
    ["<HighResolutionIconUrl>", firstChild(root, NS.office, "HighResolutionIconUrl")?.getAttribute("DefaultValue"), 64],
  ];
  for (const image of descendants(root, NS.basicTypes, "Image")) {
    const id = image.getAttribute("resid");
    const size = Number(image.getAttribute("size"));
    if (id && size) expected.push([`<bt:Image size="${size}" resid="${id}">`, resolve(resources, id, "Images")?.value, size]);
  }
  const checked = new Set<string>();
  for (const [where, url, size] of expected) {
    const file = url ? present.get(url) : undefined;
    if (!file || checked.has(`${file}@${size}`)) continue;
    checked.add(`${file}@${size}`);
    const dimensions = pngSize(fs.readFileSync(file));
    if (!dimensions) report("icon", `${where} 指向的 ${url} 不是 PNG 图片`);
    else if (dimensions.width !== size || dimensions.height !== size) report("icon", `${where} 应为 ${size}×${size} 像素的图片，${url} 是 ${dimensions.width}×${dimensions.height}`);
  }

  // The custom functions' metadata must be the JSON Excel reads.
  const metadata = descendants(root, NS.overrides, "Metadata")[0];
  const metadataId = metadata && firstChild(metadata, NS.overrides, "SourceLocation")?.getAttribute("resid");
  const metadataUrl = metadataId ? resolve(resources, metadataId, "Urls")?.value : undefined;
  const metadataFile = metadataUrl ? present.get(metadataUrl) : undefined;
  if (metadataFile) checkFunctionsMetadata(metadataFile, report);
}

function checkFunctionsMetadata(file: string, report: Report): void {
  let metadata: unknown;
  try {
    metadata = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    report("functionsMetadata", `自定义函数元数据 ${path.basename(file)} 不是有效的 JSON：${(e as Error).message}`);
    return;
  }
  const functions = (metadata as { functions?: unknown }).functions;
  if (!Array.isArray(functions) || functions.length === 0) {
    report("functionsMetadata", `自定义函数元数据 ${path.basename(file)} 中没有函数（functions 为空）`);
    return;
  }
  for (const f of functions as Array<{ id?: unknown }>) {
    if (typeof f.id !== "string" || !/^[A-Za-z0-9._]+$/.test(f.id)) report("functionsMetadata", `自定义函数的 id 只能由英文字母、数字、点和下划线组成，现为「${String(f.id)}」`);
  }
}
