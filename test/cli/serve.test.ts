/** `xxgk serve DIR`: checks the package first, then serves it over HTTPS under the manifest's base path. */
import * as fs from "node:fs";
import * as https from "node:https";
import * as os from "node:os";
import * as path from "node:path";
import { serveCommand } from "../../src/cli/commands/serve";
import type { ServeOptions } from "../../src/cli/commands/serve";
import { rewriteManifest } from "../../src/deploy/manifestXml";
import { ROOT } from "../helpers/build";
import { runCli } from "../helpers/cli";

const BASE_URL = "https://localhost/xxgk/";
let tmp: string;
let pkg: string;

/** A package folder with every file the manifest names (contents are stand-ins; no webpack build needed). */
function fakePackage(dir: string): void {
  fs.mkdirSync(path.join(dir, "assets"), { recursive: true });
  for (const size of [16, 32, 64, 80]) fs.copyFileSync(path.join(ROOT, "assets", `icon-${size}.png`), path.join(dir, "assets", `icon-${size}.png`));
  fs.writeFileSync(path.join(dir, "taskpane.html"), "<!doctype html><title>政务公开年报</title>");
  fs.writeFileSync(path.join(dir, "help.html"), "<!doctype html><title>帮助</title>");
  fs.writeFileSync(path.join(dir, "functions.js"), "");
  fs.writeFileSync(path.join(dir, "functions.json"), JSON.stringify({ functions: [{ id: "EDITION", name: "EDITION" }] }));
  fs.writeFileSync(path.join(dir, "manifest.xml"), rewriteManifest(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"), { baseUrl: BASE_URL, version: "0.1.0.1" }));
}

async function serve(dir: string, options: ServeOptions) {
  let out = "";
  let err = "";
  const sink = { out: (t: string) => (out += t), err: (t: string) => (err += t), isTTY: false };
  const result = await serveCommand(dir, { host: "127.0.0.1", port: "0", certDir: path.join(tmp, "cert"), ...options }, sink);
  return { ...result, out, err };
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-serve-cli-"));
  pkg = path.join(tmp, "pkg");
  fakePackage(pkg);
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("xxgk serve", () => {
  test("serves a valid package over HTTPS with a certificate for the manifest's host, and says how to trust it", async () => {
    const started = await serve(pkg, {});
    expect(started.code).toBe(0);
    try {
      expect(started.out).toContain("https://127.0.0.1:");
      expect(started.out).toContain(`${BASE_URL}manifest.xml`);
      expect(started.out).toContain("受信任的根证书颁发机构");
      expect(started.out).toContain("xxgk-serve.crt");
      const ca = fs.readFileSync(path.join(tmp, "cert", "xxgk-serve.crt"), "utf8");
      const status = await new Promise<number>((resolve, reject) => {
        https.get({ host: "localhost", port: started.server?.port, path: "/xxgk/manifest.xml", ca }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        }).on("error", reject);
      });
      expect(status).toBe(200);
    } finally {
      await started.server?.close();
    }
  }, 60000);

  test("refuses a folder that is not a package, or a package that fails the manifest check", async () => {
    const empty = path.join(tmp, "empty");
    fs.mkdirSync(empty);
    expect((await serve(empty, {})).code).toBe(2);

    const broken = path.join(tmp, "broken");
    fakePackage(broken);
    fs.rmSync(path.join(broken, "functions.json"));
    const refused = await serve(broken, {});
    expect(refused.code).toBe(1);
    expect(refused.server).toBeUndefined();
    expect(refused.err).toContain("[file]");
  });

  test("refuses plain http except on localhost, and a certificate without its key", async () => {
    const open = await serve(pkg, { http: true, host: "0.0.0.0" });
    expect(open.code).toBe(2);
    expect(open.err).toContain("localhost");
    expect((await serve(pkg, { cert: path.join(tmp, "cert", "xxgk-serve.crt") })).code).toBe(2);
    const local = await serve(pkg, { http: true });
    expect(local.code).toBe(0);
    await local.server?.close();
  });

  test("is registered as a command", async () => {
    const help = await runCli("serve", "--help");
    expect(help.out).toContain("--cert <file>");
  });
});
