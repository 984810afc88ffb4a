/**
 * Assertions shared by the package tests: which absolute URLs a package contains, and whether every page's
 * references resolve to files in the package.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { NS } from "../../src/deploy/manifestXml";

/** XML namespace names: identifiers that are never fetched. */
export const NAMESPACE_IDENTIFIERS = [...Object.values(NS), "http://www.w3.org/2000/svg", "http://www.w3.org/1999/xhtml"];

/** Namespace and schema names written by the .docx/.xlsx libraries (and zod's JSON Schema ids): never fetched. */
const NAMESPACE_PREFIXES = [
  "http://schemas.openxmlformats.org/",
  "http://schemas.microsoft.com/office/",
  "http://purl.org/dc/",
  "http://purl.oclc.org/ooxml/",
  "http://www.w3.org/",
  "http://json-schema.org/",
  "https://json-schema.org/",
];

/**
 * Text inside the libraries the task pane loads only on demand (docx, ExcelJS, JSZip, parse5, zod — the chunks other
 * than taskpane.js and functions.js): documentation and licence links in their messages, a DTD's public identifier,
 * a URL template. They are strings, never requested: the chromium tests record every request the pane makes.
 */
const LIBRARY_TEXT = [/^https:\/\/github\.com\//, /^https:\/\/stuk\.github\.io\/jszip\/documentation\//, /^https:\/\/answers\.microsoft\.com\//, /^http:\/\/www\.ibm\.com\/data\/dtd\//, /^https?:\/\/\[\$\{\w+\}\]$/];

/** Files the pane loads at start: held to the strict rule (base URL, namespaces and the allowed list only). */
const ENTRY_FILES = /^(taskpane|functions)\.js$|\.(xml|html|json|css)$/;

/** The package's own text files (manifest, pages, bundles, metadata); office-js/ is Microsoft's library, *.LICENSE.txt are licence texts. */
export function ownTextFiles(dir: string, files: ReadonlyArray<{ path: string }>): string[] {
  return files
    .map((f) => f.path)
    .filter((p) => !p.startsWith("office-js/") && !p.endsWith(".LICENSE.txt") && /\.(xml|html|js|json|css|txt)$/.test(p))
    .map((p) => path.join(dir, p));
}

/** Every absolute URL (any scheme://) in a text. */
export function absoluteUrls(text: string): string[] {
  return text.match(/[a-z][a-z0-9+.-]*:\/\/[^\s"'`<>()\\]+/gi) ?? [];
}

/** URLs that are neither under the base URL, nor namespace identifiers, nor explicitly allowed. */
export function foreignUrls(dir: string, files: ReadonlyArray<{ path: string }>, baseUrl: string, allowed: readonly string[] = []): string[] {
  const found: string[] = [];
  for (const file of ownTextFiles(dir, files)) {
    for (const url of absoluteUrls(fs.readFileSync(file, "utf8"))) {
      if (url.startsWith(baseUrl) || NAMESPACE_IDENTIFIERS.includes(url) || allowed.includes(url)) continue;
      if (NAMESPACE_PREFIXES.some((prefix) => url.startsWith(prefix))) continue;
      if (!ENTRY_FILES.test(path.basename(file)) && LIBRARY_TEXT.some((pattern) => pattern.test(url))) continue;
      found.push(`${path.relative(dir, file)}: ${url}`);
    }
  }
  return found;
}

/** src/href values of a page, quoted or not (html-webpack-plugin minifies the quotes away). */
export function pageReferences(html: string): string[] {
  return [...html.matchAll(/\b(?:src|href)=("[^"]*"|'[^']*'|[^\s>]+)/gi)].map((m) => m[1].replace(/^["']|["']$/g, ""));
}
