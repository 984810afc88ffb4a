/**
 * The add-in manifest as an XML document: parsing, the places that hold URLs, and rewriting those URLs for a
 * deployment. A real XML parser (namespaces included), never regular expressions over the text.
 */
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import type { Document, Element } from "@xmldom/xmldom";

export const NS = {
  office: "http://schemas.microsoft.com/office/appforoffice/1.1",
  basicTypes: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  overrides: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

export type ParsedManifest = { ok: true; doc: Document; root: Element } | { ok: false; error: string };

/** Parses the manifest; a malformed document is a value, not an exception. */
export function parseManifest(xml: string): ParsedManifest {
  let error: string | undefined;
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning" && error === undefined) error = message;
      },
    }).parseFromString(xml, "text/xml");
    if (error !== undefined) return { ok: false, error };
    const root = doc.documentElement;
    if (!root) return { ok: false, error: "文档为空" };
    return { ok: true, doc, root };
  } catch (e) {
    return { ok: false, error: error ?? (e as Error).message };
  }
}

export function serializeManifest(doc: Document): string {
  const text = new XMLSerializer().serializeToString(doc);
  return text.endsWith("\n") ? text : text + "\n";
}

/** Element children of `parent` with this namespace and local name (direct children only). */
export function childElements(parent: Element, ns: string, localName: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === node.ELEMENT_NODE) {
      const element = node as Element;
      if (element.namespaceURI === ns && element.localName === localName) found.push(element);
    }
  }
  return found;
}

export function firstChild(parent: Element, ns: string, localName: string): Element | undefined {
  return childElements(parent, ns, localName)[0];
}

/** All descendants of `parent` with this namespace and local name, in document order. */
export function descendants(parent: Element | Document, ns: string, localName: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS(ns, localName));
}

export function allElements(parent: Element | Document): Element[] {
  return Array.from(parent.getElementsByTagName("*"));
}

export function xsiType(element: Element): string | null {
  return element.getAttributeNS(NS.xsi, "type");
}

/** Where a URL sits in the manifest: an attribute of an element, or an element's text (AppDomain). */
export interface UrlSlot {
  element: Element;
  /** The attribute holding the URL, or null when the URL is the element's text. */
  attribute: string | null;
  value: string;
  /** A short description for messages, e.g. `<bt:Url id="Taskpane.Url">`. */
  where: string;
}

/** Attributes that hold URLs in the add-in-only manifest (DefaultValue, and Value in locale overrides). */
const URL_ATTRIBUTES = ["DefaultValue", "Value"];
/** Elements whose DefaultValue/Value attribute holds text, not a URL. */
const TEXT_ELEMENTS = new Set(["String", "DisplayName", "Description", "RequestedWidth", "RequestedHeight"]);

function describe(element: Element): string {
  const id = element.getAttribute("id");
  return id ? `<${element.tagName} id="${id}">` : `<${element.tagName}>`;
}

/**
 * Every URL in the manifest: URL-valued attributes (IconUrl, SupportUrl, SourceLocation, bt:Image, bt:Url, their
 * locale overrides) and AppDomain texts. Namespace declarations are identifiers, not URLs, and are not listed.
 */
export function urlSlots(root: Element): UrlSlot[] {
  const slots: UrlSlot[] = [];
  for (const element of [root, ...allElements(root)]) {
    const name = element.localName ?? "";
    if (name === "AppDomain") {
      slots.push({ element, attribute: null, value: (element.textContent ?? "").trim(), where: "<AppDomain>" });
      continue;
    }
    // A locale override belongs to its parent: a URL when the parent holds one, text when the parent is a string.
    const owner = name === "Override" ? (element.parentNode as Element | null) : element;
    if (!owner || TEXT_ELEMENTS.has(owner.localName ?? "")) continue;
    for (const attribute of URL_ATTRIBUTES) {
      if (!element.hasAttribute(attribute)) continue;
      const where = owner === element ? describe(element) : `${describe(owner)} 的 <${element.tagName} Locale="${element.getAttribute("Locale") ?? ""}">`;
      slots.push({ element, attribute, value: (element.getAttribute(attribute) ?? "").trim(), where });
    }
  }
  return slots;
}

/** The folder the task pane page is served from: the deployment's base URL as the manifest states it. */
export function manifestBaseUrl(root: Element): string | undefined {
  const settings = firstChild(root, NS.office, "DefaultSettings");
  const source = settings && firstChild(settings, NS.office, "SourceLocation");
  const value = source?.getAttribute("DefaultValue");
  if (!value) return undefined;
  try {
    return new URL(".", value).href;
  } catch {
    return undefined;
  }
}

export interface RewriteOptions {
  /** The deployment's base URL, ending in "/". */
  baseUrl: string;
  /** The new manifest version, n.n.n.n. */
  version: string;
}

/**
 * The manifest for a deployment: every URL under the development base (the folder of the task pane page) is moved
 * under `baseUrl`; AppDomain entries for the development origin are dropped (the source origin needs none); the
 * version is replaced; the id and everything else stay as they are. A URL outside the development base cannot be
 * moved safely, so it is an error.
 */
export function rewriteManifest(xml: string, options: RewriteOptions): string {
  const parsed = parseManifest(xml);
  if (!parsed.ok) throw new Error(`manifest.xml 不是有效的 XML：${parsed.error}`);
  const { doc, root } = parsed;
  const devBase = manifestBaseUrl(root);
  if (!devBase) throw new Error("manifest.xml 缺少 <DefaultSettings><SourceLocation DefaultValue=…>");
  const devOrigin = new URL(devBase).origin;

  for (const slot of urlSlots(root)) {
    if (slot.attribute === null) {
      if (slot.value.replace(/\/$/, "") === devOrigin) {
        const list = slot.element.parentNode as Element;
        list.removeChild(slot.element);
        if (childElements(list, NS.office, "AppDomain").length === 0) list.parentNode?.removeChild(list);
      }
      continue;
    }
    if (!slot.value.startsWith(devBase)) {
      throw new Error(`${slot.where} 的地址 ${slot.value} 不在 ${devBase} 之下，无法改写到部署地址`);
    }
    slot.element.setAttribute(slot.attribute, options.baseUrl + slot.value.slice(devBase.length));
  }

  const version = firstChild(root, NS.office, "Version");
  if (!version) throw new Error("manifest.xml 缺少 <Version>");
  version.textContent = options.version;

  // The development manifest's header comment describes the development manifest: say what this one is instead.
  for (let node = doc.firstChild; node && node !== root; ) {
    const next = node.nextSibling;
    if (node.nodeType === node.COMMENT_NODE || node.nodeType === node.TEXT_NODE) doc.removeChild(node);
    node = next;
  }
  const note = ` Generated by \`npm run package\` for ${options.baseUrl} (version ${options.version}). Do not edit: generate a new package. `;
  // "--" may not appear inside an XML comment (a base URL could contain it).
  for (const node of [doc.createTextNode("\n"), doc.createComment(note.split("--").join("- -")), doc.createTextNode("\n")]) doc.insertBefore(node, root);
  return serializeManifest(doc);
}
