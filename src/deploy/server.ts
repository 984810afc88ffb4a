/**
 * A small static HTTPS server for the deployment package (`xxgk serve`). Serves one folder under one path prefix
 * (the base URL's path, e.g. /xxgk/), read-only: GET and HEAD, no directory listings, no dotfiles, nothing outside
 * the folder (encoded "..", backslashes and symbolic links that lead out are all refused).
 */
import * as fs from "node:fs";
import * as http from "node:http";
import * as https from "node:https";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import * as zlib from "node:zlib";

export const MIME_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".zip": "application/zip",
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

export interface StaticServerOptions {
  /** The folder to serve. */
  root: string;
  /** URL path the folder is served under, e.g. "/xxgk/" (default "/"). */
  prefix?: string;
  /** Port to listen on; 0 picks a free one. */
  port: number;
  /** Address to listen on (default: all interfaces). */
  host?: string;
  /** PEM certificate and key; without them the server speaks plain http, which is allowed on loopback only. */
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** Called for every request that is answered with an error status (for the console). */
  onError?: (line: string) => void;
}

export interface StaticServer {
  /** The root URL of the served folder, e.g. https://localhost:8443/xxgk/ */
  url: string;
  port: number;
  close(): Promise<void>;
}

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "::1"]);

export function isLoopback(host: string): boolean {
  return LOOPBACK_HOSTS.has(host.replace(/^\[|\]$/g, ""));
}

export function normalizePrefix(prefix = "/"): string {
  let p = prefix.startsWith("/") ? prefix : `/${prefix}`;
  if (!p.endsWith("/")) p += "/";
  return p;
}

/**
 * The file a request path names, or null when the path is outside the prefix or not allowed. Pure (no disk access)
 * apart from what the caller does with the answer.
 */
export function resolveRequestPath(root: string, prefix: string, pathname: string): string | null {
  if (!pathname.startsWith(prefix)) return null;
  const segments = pathname.slice(prefix.length).split("/");
  const safe: string[] = [];
  for (const raw of segments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === "") continue;
    // "..", ".", dotfiles, Windows separators and NUL never name a file of the package.
    if (segment.startsWith(".") || /[\\/\0:]/.test(segment)) return null;
    safe.push(segment);
  }
  return path.join(root, ...safe);
}

function send(res: http.ServerResponse, status: number, text: string, headers: http.OutgoingHttpHeaders = {}): void {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", ...headers });
  res.end(res.req.method === "HEAD" ? undefined : text);
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const host = options.host ?? "0.0.0.0";
  if (!options.tls && !isLoopback(host)) {
    throw new Error("明文 http 只允许在本机（localhost）使用：Excel 只从 https 地址加载加载项。请提供证书，或只监听 localhost。");
  }
  const prefix = normalizePrefix(options.prefix);
  const root = fs.realpathSync(path.resolve(options.root));

  const handle = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const fail = (status: number, text: string) => {
      options.onError?.(`${status} ${req.method} ${req.url}`);
      send(res, status, text);
    };
    if (req.method !== "GET" && req.method !== "HEAD") {
      send(res, 405, "只支持 GET / only GET and HEAD", { Allow: "GET, HEAD" });
      return;
    }
    let pathname: string;
    try {
      pathname = new URL(req.url ?? "/", "https://host").pathname;
    } catch {
      fail(400, "无效的地址 / bad request");
      return;
    }
    if (pathname === prefix.slice(0, -1) || (pathname === "/" && prefix !== "/")) {
      send(res, 302, "", { Location: `${prefix}taskpane.html` });
      return;
    }
    let file = resolveRequestPath(root, prefix, pathname);
    if (!file) {
      fail(404, "找不到 / not found");
      return;
    }
    try {
      // A symbolic link inside the folder must not lead outside it.
      file = fs.realpathSync(file);
      const inside = path.relative(root, file);
      if (inside.startsWith("..") || path.isAbsolute(inside)) throw new Error("outside");
      let stat = fs.statSync(file);
      if (stat.isDirectory()) {
        file = path.join(file, "index.html");
        stat = fs.statSync(file);
      }
      if (!stat.isFile()) throw new Error("not a file");
      serveFile(req, res, file, stat);
    } catch {
      fail(404, "找不到 / not found");
    }
  };

  const server = options.tls ? https.createServer({ cert: options.tls.cert, key: options.tls.key }, handle) : http.createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
  return {
    url: `${options.tls ? "https" : "http"}://${shownHost}:${port}${prefix}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function serveFile(req: http.IncomingMessage, res: http.ServerResponse, file: string, stat: fs.Stats): void {
  const type = MIME_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
  const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
  const headers: http.OutgoingHttpHeaders = {
    "Content-Type": type,
    "X-Content-Type-Options": "nosniff",
    // Revalidate every time (a new package must reach clients at once); unchanged files cost a 304 only.
    "Cache-Control": "no-cache",
    ETag: etag,
    "Last-Modified": stat.mtime.toUTCString(),
    "Access-Control-Allow-Origin": "*",
  };
  if (req.headers["if-none-match"] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  // office.js alone is 12 MB of scripts: compress text for slow intranet links.
  const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? "")) && stat.size > 1024;
  if (gzip) {
    headers["Content-Encoding"] = "gzip";
    headers["Vary"] = "Accept-Encoding";
  } else {
    headers["Content-Length"] = stat.size;
  }
  res.writeHead(200, headers);
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  const stream = fs.createReadStream(file);
  stream.on("error", () => res.destroy());
  if (gzip) stream.pipe(zlib.createGzip()).pipe(res);
  else stream.pipe(res);
}
