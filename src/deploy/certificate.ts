/**
 * The TLS certificate `xxgk serve` uses: the office's own (--cert/--key), or a self-signed one made on first start,
 * kept in a folder outside the served package and reused while it still covers the host names and is valid — so a
 * certificate trusted once on the clients stays trusted across restarts.
 */
import { X509Certificate } from "node:crypto";
import * as fs from "node:fs";
import { isIP } from "node:net";
import * as path from "node:path";
import { generate } from "selfsigned";

export interface ServerCertificate {
  cert: string;
  key: string;
  /** Where the certificate is stored (to hand to the clients that must trust it). */
  certFile: string;
  /** True when it was made by us (the clients must be told to trust it). */
  selfSigned: boolean;
  /** True when it was made just now (not reused from an earlier start). */
  created: boolean;
  fingerprint256: string;
  validTo: string;
  names: string[];
}

const CERT_NAME = "xxgk-serve.crt";
const KEY_NAME = "xxgk-serve.key";
/** Browsers reject server certificates valid for more than 398 days. */
const VALID_DAYS = 397;
/** Renew a stored certificate this long before it expires. */
const RENEW_DAYS = 30;
const DAY = 86_400_000;

export function loadCertificateFiles(certFile: string, keyFile: string): ServerCertificate {
  const cert = fs.readFileSync(certFile, "utf8");
  const key = fs.readFileSync(keyFile, "utf8");
  const x509 = new X509Certificate(cert);
  return { cert, key, certFile, selfSigned: false, created: false, fingerprint256: x509.fingerprint256, validTo: x509.validTo, names: subjectNames(x509) };
}

function subjectNames(x509: X509Certificate): string[] {
  return (x509.subjectAltName ?? "")
    .split(/,\s*/)
    .map((entry) => entry.replace(/^(DNS|IP Address):/, ""))
    .filter(Boolean);
}

/** True when the certificate is valid for every name (host names and IP addresses). */
export function certificateCovers(x509: X509Certificate, names: readonly string[]): boolean {
  return names.every((name) => (isIP(name) ? x509.checkIP(name) !== undefined : x509.checkHost(name) !== undefined));
}

/** The stored self-signed certificate when it still fits, or a new one (saved for the next start). */
export async function selfSignedCertificate(dir: string, names: readonly string[], now = new Date()): Promise<ServerCertificate> {
  const certFile = path.join(dir, CERT_NAME);
  const keyFile = path.join(dir, KEY_NAME);
  if (fs.existsSync(certFile) && fs.existsSync(keyFile)) {
    try {
      const stored = loadCertificateFiles(certFile, keyFile);
      const x509 = new X509Certificate(stored.cert);
      if (certificateCovers(x509, names) && new Date(x509.validTo).getTime() - now.getTime() > RENEW_DAYS * DAY) {
        return { ...stored, selfSigned: true };
      }
    } catch {
      // Unreadable or foreign files: make a new certificate below.
    }
  }

  const unique = [...new Set(names)];
  const pems = await generate([{ name: "commonName", value: unique.find((n) => !isIP(n)) ?? "localhost" }, { name: "organizationName", value: "xxgk serve" }], {
    keySize: 2048,
    algorithm: "sha256",
    notBeforeDate: new Date(now.getTime() - DAY),
    notAfterDate: new Date(now.getTime() + VALID_DAYS * DAY),
    extensions: [
      { name: "basicConstraints", cA: false, critical: true },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true, critical: true },
      { name: "extKeyUsage", serverAuth: true },
      { name: "subjectAltName", altNames: unique.map((n) => (isIP(n) ? { type: 7 as const, ip: n } : { type: 2 as const, value: n })) },
    ],
  });
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.writeFileSync(keyFile, pems.private, { mode: 0o600 });
  fs.writeFileSync(certFile, pems.cert);
  const x509 = new X509Certificate(pems.cert);
  return { cert: pems.cert, key: pems.private, certFile, selfSigned: true, created: true, fingerprint256: x509.fingerprint256, validTo: x509.validTo, names: subjectNames(x509) };
}

/** What the IT office must do so that Excel on the clients accepts a self-signed certificate. */
export function trustInstructions(certificate: ServerCertificate): string {
  return [
    "这是自签名证书：每台要使用加载项的电脑都必须先信任它，否则 Excel 打不开任务窗格。",
    `  证书文件：${certificate.certFile}`,
    `  SHA-256 指纹：${certificate.fingerprint256}（请核对，确认拿到的是这一份证书）`,
    `  有效期至：${certificate.validTo}；适用的主机名：${certificate.names.join("、")}`,
    "  单台电脑：把证书文件复制过去，双击 →「安装证书」→ 存储位置选「本地计算机」→「将所有的证书都放入下列存储」",
    "           →「浏览」选「受信任的根证书颁发机构」→「完成」，然后重新启动 Excel。",
    "  多台电脑：由域管理员在组策略中导入（计算机配置 › 策略 › Windows 设置 › 安全设置 › 公钥策略 › 受信任的根证书颁发机构）。",
    "  正式使用建议用本单位或政务外网 CA 签发的证书：xxgk serve DIR --cert 证书.pem --key 私钥.pem",
  ].join("\n");
}
