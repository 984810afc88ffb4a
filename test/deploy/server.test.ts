/** The static server behind `xxgk serve`, and the self-signed certificate it makes and keeps. */
import { X509Certificate } from "node:crypto";
import * as fs from "node:fs";
import * as http from "node:http";
import * as https from "node:https";
import * as os from "node:os";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { certificateCovers, selfSignedCertificate } from "../../src/deploy/certificate";
import { resolveRequestPath, startStaticServer } from "../../src/deploy/server";
import type { StaticServer } from "../../src/deploy/server";

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A raw request: the path goes out exactly as written (no client-side normalisation of "..", "%2e"). */
function request(port: number, rawPath: string, options: { method?: string; headers?: http.OutgoingHttpHeaders; ca?: string } = {}): Promise<Reply> {
  const client = options.ca ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request({ host: "localhost", port, path: rawPath, method: options.method ?? "GET", headers: options.headers, ca: options.ca }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

let tmp: string;
let site: string;
let server: StaticServer;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-serve-"));
  site = path.join(tmp, "site");
  fs.mkdirSync(path.join(site, "assets"), { recursive: true });
  fs.writeFileSync(path.join(site, "taskpane.html"), "<!doctype html><title>年报</title>");
  fs.writeFileSync(path.join(site, "functions.js"), `console.log(${JSON.stringify("x".repeat(5000))});`);
  fs.writeFileSync(path.join(site, "functions.json"), '{"functions":[]}');
  fs.writeFileSync(path.join(site, "manifest.xml"), "<OfficeApp/>");
  fs.copyFileSync(path.join(__dirname, "..", "..", "assets", "icon-32.png"), path.join(site, "assets", "icon-32.png"));
  fs.writeFileSync(path.join(site, ".env"), "SECRET=1");
  fs.writeFileSync(path.join(tmp, "outside.txt"), "outside the package");
  fs.symlinkSync(path.join(tmp, "outside.txt"), path.join(site, "link.txt"));
  server = await startStaticServer({ root: site, prefix: "/xxgk/", port: 0, host: "127.0.0.1" });
});

afterAll(async () => {
  await server.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("startStaticServer", () => {
  test.each([
    ["taskpane.html", "text/html; charset=utf-8"],
    ["functions.js", "text/javascript; charset=utf-8"],
    ["functions.json", "application/json; charset=utf-8"],
    ["manifest.xml", "application/xml; charset=utf-8"],
    ["assets/icon-32.png", "image/png"],
  ])("serves %s as %s", async (file, type) => {
    const reply = await request(server.port, `/xxgk/${file}`);
    expect(reply.status).toBe(200);
    expect(reply.headers["content-type"]).toBe(type);
    expect(reply.headers["x-content-type-options"]).toBe("nosniff");
    expect(reply.body.equals(fs.readFileSync(path.join(site, file)))).toBe(true);
  });

  test.each([
    "/xxgk/../outside.txt",
    "/xxgk/%2e%2e/outside.txt",
    "/xxgk/..%2foutside.txt",
    "/xxgk/..%5coutside.txt",
    "/xxgk/assets/%2e%2e/%2e%2e/outside.txt",
    "/xxgk/.env",
    "/xxgk/link.txt",
    "/xxgk/%00",
    "/outside.txt",
    "/xxgk/missing.js",
    "/xxgk/assets/",
  ])("refuses %s", async (rawPath) => {
    const reply = await request(server.port, rawPath);
    expect(reply.status).toBe(404);
    expect(reply.body.toString()).not.toContain("outside the package");
    expect(reply.body.toString()).not.toContain("SECRET");
  });

  test("answers only GET and HEAD", async () => {
    expect((await request(server.port, "/xxgk/taskpane.html", { method: "POST" })).status).toBe(405);
    const head = await request(server.port, "/xxgk/taskpane.html", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  test("sends the bare prefix and the site root to the task pane", async () => {
    for (const rawPath of ["/xxgk", "/"]) {
      const reply = await request(server.port, rawPath);
      expect(reply.status).toBe(302);
      expect(reply.headers.location).toBe("/xxgk/taskpane.html");
    }
  });

  test("compresses text for clients that accept gzip, and answers 304 to a matching ETag", async () => {
    const zipped = await request(server.port, "/xxgk/functions.js", { headers: { "Accept-Encoding": "gzip" } });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(zipped.body).equals(fs.readFileSync(path.join(site, "functions.js")))).toBe(true);
    const again = await request(server.port, "/xxgk/functions.js", { headers: { "If-None-Match": String(zipped.headers.etag) } });
    expect(again.status).toBe(304);
  });

  test("refuses to speak plain http on anything but loopback", async () => {
    await expect(startStaticServer({ root: site, port: 0, host: "0.0.0.0" })).rejects.toThrow(/localhost/);
  });

  test("resolveRequestPath keeps every request inside the folder", () => {
    expect(resolveRequestPath("/srv/p", "/x/", "/x/a/b.js")).toBe(path.join("/srv/p", "a", "b.js"));
    expect(resolveRequestPath("/srv/p", "/x/", "/y/a.js")).toBeNull();
    expect(resolveRequestPath("/srv/p", "/x/", "/x/%E0%A4%A")).toBeNull();
    expect(resolveRequestPath("/srv/p", "/x/", "/x/a%5c..%5c..%5cwin.ini")).toBeNull();
  });
});

describe("the self-signed certificate", () => {
  test("covers the names asked for, serves HTTPS that verifies against it, and is kept for the next start", async () => {
    const dir = path.join(tmp, "cert");
    const first = await selfSignedCertificate(dir, ["localhost", "127.0.0.1", "intranet.example"]);
    expect(first.created).toBe(true);
    const x509 = new X509Certificate(first.cert);
    expect(certificateCovers(x509, ["localhost", "127.0.0.1", "intranet.example"])).toBe(true);
    expect(certificateCovers(x509, ["other.example"])).toBe(false);
    expect(new Date(x509.validTo).getTime() - Date.now()).toBeLessThanOrEqual(398 * 86_400_000);
    expect(fs.statSync(path.join(dir, "xxgk-serve.key")).mode & 0o077).toBe(0);

    const tlsServer = await startStaticServer({ root: site, prefix: "/xxgk/", port: 0, host: "127.0.0.1", tls: first });
    try {
      // Verified against the certificate itself: the name "localhost" must be in it.
      const reply = await request(tlsServer.port, "/xxgk/taskpane.html", { ca: first.cert });
      expect(reply.status).toBe(200);
    } finally {
      await tlsServer.close();
    }

    const reused = await selfSignedCertificate(dir, ["localhost", "intranet.example"]);
    expect(reused.created).toBe(false);
    expect(reused.fingerprint256).toBe(first.fingerprint256);
    const renewed = await selfSignedCertificate(dir, ["localhost", "new-host.example"]);
    expect(renewed.created).toBe(true);
    expect(renewed.fingerprint256).not.toBe(first.fingerprint256);
  }, 60000);
});
