/**
 * A small static HTTPS server for the deployment package (`xxgk serve`). Serves one folder under one path prefix
 * (the base URL's path, e.g. /xxgk/), read-only: GET and HEAD, no directory listings, no dotfiles, nothing outside
 * the folder (encoded "..", backslashes and symbolic links that lead out are all refused).
 *
 * The serving is done by maintained libraries under node:https — serve-static (files, content types, ETag and
 * conditional requests, ranges, dotfiles, "..") and compression (gzip). What stays here is policy: the prefix,
 * the headers an Office add-in host needs, and one check no static handler makes: a symbolic link inside the
 * folder must not lead outside it (serve-static follows links).
 */
import compression from "compression";
import * as fs from "node:fs";
import * as http from "node:http";
import * as https from "node:https";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import serveStatic from "serve-static";

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
 * apart from what the caller does with the answer: the server refuses a null, and a file whose real path (after
 * symbolic links) is outside the folder, before the static handler (which has its own checks) sees the request.
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

  const files = serveStatic(root, {
    index: ["index.html"],
    redirect: false,
    dotfiles: "ignore",
    fallthrough: true,
    // Revalidate every time (a new package must reach clients at once); unchanged files cost a 304 only.
    cacheControl: false,
    setHeaders(res, file) {
      res.setHeader("Cache-Control", "no-cache");
      res.setHeader("X-Content-Type-Options", "nosniff");
      res.setHeader("Access-Control-Allow-Origin", "*");
      // Our manifests and XML are UTF-8; say so rather than let a client guess.
      if (path.extname(file).toLowerCase() === ".xml") res.setHeader("Content-Type", "application/xml; charset=utf-8");
    },
  });
  // office.js alone is 12 MB of scripts: compress text for slow intranet links.
  const compress = compression();

  const handle = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const requested = req.url;
    const fail = (status: number, text: string) => {
      options.onError?.(`${status} ${req.method} ${requested}`);
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
    // Judged on the path exactly as the handler will read it (not as URL parsing normalised it).
    const raw = req.url ?? "/";
    if (!insideFolder(root, resolveRequestPath(root, prefix, raw.split("?")[0]))) {
      fail(404, "找不到 / not found");
      return;
    }
    // The handler sees the path below the prefix, as if the folder were mounted there.
    req.url = raw.slice(prefix.length - 1);
    compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () =>
      files(req, res, () => fail(404, "找不到 / not found")),
    );
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

/**
 * Whether a request may go to the handler: it names a path in the folder (resolveRequestPath), and when that path
 * exists its real location — after symbolic links — is inside the folder. A missing file is left to the handler (404).
 */
function insideFolder(root: string, file: string | null): boolean {
  if (!file) return false;
  let real: string;
  try {
    real = fs.realpathSync(file);
  } catch {
    return true;
  }
  const inside = path.relative(root, real);
  return !inside.startsWith("..") && !path.isAbsolute(inside);
}
