import { X509Certificate } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Command } from "commander";
import { certificateCovers, loadCertificateFiles, selfSignedCertificate, trustInstructions } from "../../deploy/certificate";
import type { ServerCertificate } from "../../deploy/certificate";
import { checkManifest } from "../../deploy/manifest";
import { manifestBaseUrl, parseManifest } from "../../deploy/manifestXml";
import { isLoopback, startStaticServer } from "../../deploy/server";
import type { StaticServer } from "../../deploy/server";
import type { Output } from "../io";

export interface ServeOptions {
  port?: string;
  host?: string;
  cert?: string;
  key?: string;
  certDir?: string;
  name?: string[];
  http?: boolean;
}

/** Exit statuses: 0 serving, 1 the package is not valid, 2 bad arguments or the server cannot start. */
const EXIT = { ok: 0, invalidPackage: 1, cannotServe: 2 } as const;

export function registerServe(program: Command, output: Output, setExit: (code: number) => void): void {
  program
    .command("serve")
    .description("在内网用 HTTPS 提供加载项安装包 / serve the add-in package over HTTPS")
    .argument("<dir>", "npm run package 生成的安装包目录 / the package folder")
    .option("--port <n>", "端口（默认取清单地址中的端口，没有则 443）/ port")
    .option("--host <address>", "监听地址（默认所有网卡）/ address to listen on", "0.0.0.0")
    .option("--cert <file>", "证书文件（PEM）/ certificate")
    .option("--key <file>", "私钥文件（PEM）/ private key")
    .option("--cert-dir <dir>", "自签名证书的保存目录（默认 ~/.xxgk/serve）/ where the self-signed certificate is kept")
    .option("--name <host...>", "自签名证书还应包含的主机名或 IP / extra names for the self-signed certificate")
    .option("--http", "使用明文 http（只允许 --host localhost）/ plain http, localhost only")
    .action(async (dir: string, options: ServeOptions) => setExit((await serveCommand(dir, options, output)).code));
}

/** `xxgk serve DIR` — starts the server and returns at once; the process keeps running until it is stopped. */
export async function serveCommand(dir: string, options: ServeOptions, output: Output): Promise<{ code: number; server?: StaticServer }> {
  const fail = (code: number, message: string) => {
    output.err(`${message}\n`);
    return { code };
  };
  const manifestFile = path.join(dir, "manifest.xml");
  if (!fs.existsSync(manifestFile)) return fail(EXIT.cannotServe, `${dir} 不是安装包目录（没有 manifest.xml）：请先运行 npm run package -- --base-url …`);
  const xml = fs.readFileSync(manifestFile, "utf8");
  const parsed = parseManifest(xml);
  const baseUrl = parsed.ok ? manifestBaseUrl(parsed.root) : undefined;
  const problems = checkManifest(xml, { distDir: dir, baseUrl });
  if (!baseUrl || problems.length > 0) {
    const list = problems.map((p) => `  [${p.rule}] ${p.message}`).join("\n");
    return fail(EXIT.invalidPackage, `安装包检查未通过，不提供服务 / the package is not valid:\n${list || "  清单中没有任务窗格地址"}`);
  }
  const base = new URL(baseUrl);

  const host = options.host ?? "0.0.0.0";
  if (options.http && !isLoopback(host)) return fail(EXIT.cannotServe, "明文 http 只允许在本机使用（--host localhost）：Excel 只从 https 地址加载加载项。");
  if (Boolean(options.cert) !== Boolean(options.key)) return fail(EXIT.cannotServe, "--cert 和 --key 要一起给出");
  const defaultPort = base.port ? Number(base.port) : options.http ? 80 : 443;
  const port = options.port === undefined ? defaultPort : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return fail(EXIT.cannotServe, `--port 应为 0–65535 的整数，现为「${options.port}」`);

  let certificate: ServerCertificate | undefined;
  if (!options.http) {
    try {
      certificate = options.cert && options.key
        ? loadCertificateFiles(options.cert, options.key)
        : await selfSignedCertificate(options.certDir ?? path.join(os.homedir(), ".xxgk", "serve"), ["localhost", "127.0.0.1", "::1", os.hostname(), base.hostname.replace(/^\[|\]$/g, ""), ...(options.name ?? [])]);
    } catch (e) {
      return fail(EXIT.cannotServe, `证书无法读取或生成 / certificate error: ${(e as Error).message}`);
    }
  }

  let server: StaticServer;
  try {
    server = await startStaticServer({
      root: dir,
      prefix: base.pathname,
      port,
      host,
      tls: certificate && { cert: certificate.cert, key: certificate.key },
      onError: (line) => output.err(`${line}\n`),
    });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === "EADDRINUSE" ? `端口 ${port} 已被占用` : code === "EACCES" ? `没有权限监听端口 ${port}（1024 以下的端口需要管理员权限），可用 --port 8443` : (e as Error).message;
    return fail(EXIT.cannotServe, `无法启动服务 / cannot start: ${reason}`);
  }

  const lines = [`政务公开年报加载项安装包已在 ${server.url} 提供服务 / serving ${dir}`, `  清单地址 / manifest: ${baseUrl}manifest.xml`];
  if (server.port !== (base.port ? Number(base.port) : base.protocol === "https:" ? 443 : 80)) {
    lines.push(`  注意：清单里的地址是 ${baseUrl}，本服务监听端口 ${server.port}。除非前面有反向代理转发，否则 Excel 连不上：请用 --port 与清单一致。`);
  }
  if (certificate && !certificate.selfSigned && !certificateCovers(new X509Certificate(certificate.cert), [base.hostname])) {
    lines.push(`  注意：证书不包含主机名 ${base.hostname}，Excel 会拒绝连接。`);
  }
  if (certificate?.selfSigned) lines.push(trustInstructions(certificate));
  lines.push("按 Ctrl+C 停止 / press Ctrl+C to stop", "");
  output.out(lines.join("\n"));
  return { code: EXIT.ok, server };
}
