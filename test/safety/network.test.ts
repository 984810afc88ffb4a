import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { importHtml } from "../../src/core/import";
import { FORMS } from "../import/helpers";
import { fixtureInput } from "../helpers/reports";
import { fixtureReport, templateBuffer } from "../helpers/workbook";
import { HANG_GUARD_MS } from "../helpers/timeouts";

/**
 * No network access at run time. The commands run in a child process whose every network entry point (net, tls,
 * http, https, http2, dns, dgram, fetch) is a trap that records the attempt (test/safety/no-network.cjs, preloaded —
 * worker threads included), and every URL the inputs name points at a local server that counts what reaches it.
 */

const ROOT = path.join(__dirname, "..", "..");
const PRELOAD = path.join(__dirname, "no-network.cjs");
const MAIN = path.join(ROOT, "build", "node", "cli", "main.js");

let dir: string;
let server: http.Server;
let origin: string;
const received: string[] = [];

/** A published page carrying everything that makes a browser fetch or run something, all aimed at the local server. */
function hostilePage(): string {
  const page = fs.readFileSync(path.join(FORMS, "huaian-2024.html"), "utf8");
  const hostile = [
    `<base href="${origin}/base/">`,
    `<link rel="stylesheet" href="${origin}/style.css"><link rel="preload" href="${origin}/preload.js" as="script">`,
    `<meta http-equiv="refresh" content="0;url=${origin}/refresh">`,
    `<script src="${origin}/script.js"></script>`,
    `<script>globalThis.__xxgkRan = true; fetch("${origin}/inline-fetch"); require("fs").writeFileSync("${path.join(dir, "ran").replace(/\\/g, "/")}", "x");</script>`,
    `<style>@import url("${origin}/import.css"); body { background: url("${origin}/bg.png"); }</style>`,
  ].join("\n");
  const body = [
    `<img src="${origin}/img.png" onerror="fetch('${origin}/onerror')" srcset="${origin}/img2.png 2x">`,
    `<iframe src="${origin}/iframe.html"></iframe><object data="${origin}/object.swf"></object><embed src="${origin}/embed.swf">`,
    `<video src="${origin}/video.mp4" poster="${origin}/poster.png"></video><audio src="${origin}/audio.mp3"></audio>`,
    `<svg><image href="${origin}/svg.png"/></svg><a href="${origin}/link">链接</a>`,
    `<form action="${origin}/form"><input type="image" src="${origin}/input.png"></form>`,
  ].join("\n");
  return page.replace("</head>", `${hostile}\n</head>`).replace('<body onload="alert(\'x\')">', `<body onload="fetch('${origin}/onload')">\n${body}`);
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-network-"));
  server = http.createServer((req, res) => {
    received.push(req.url ?? "");
    res.end("");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const returns = path.join(dir, "returns");
  fs.mkdirSync(returns);
  // Nine workbooks: enough for the batch to use worker threads (which must be trapped too).
  const workbook = await templateBuffer("2021", fixtureReport("huaian-2024"));
  for (let i = 1; i <= 9; i++) fs.writeFileSync(path.join(returns, `${i}.xlsx`), workbook);
  fs.writeFileSync(path.join(returns, "hostile.html"), hostilePage());
  for (const form of ["huaian-2024.docx", "huaian-2024.pdf", "yuyao-2020.pdf.txt"]) fs.copyFileSync(path.join(FORMS, form), path.join(returns, form));
  const report = fixtureInput("huaian-2024");
  report.meta.url = `${origin}/report-url`;
  report.meta.agency = `=HYPERLINK("${origin}/agency","点我")`;
  fs.writeFileSync(path.join(returns, "report.json"), JSON.stringify(report));
}, 60000);

afterAll(() => {
  server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs a script under the trap; returns the trap's log lines. */
function underTrap(script: string): { log: string[]; stdout: string } {
  const log = path.join(dir, `network-${Date.now()}.log`);
  const stdout = execFileSync(process.execPath, ["-r", PRELOAD, "-e", script], {
    cwd: dir,
    env: { ...process.env, XXGK_NETWORK_LOG: log },
    encoding: "utf8",
    timeout: HANG_GUARD_MS.cliProcess,
  });
  return { log: fs.existsSync(log) ? fs.readFileSync(log, "utf8").trim().split("\n") : [], stdout };
}

test("the trap works: fetch, http.get, dns and a raw socket are recorded and refused, and reach nothing", () => {
  const { log } = underTrap(`
    const attempts = [
      () => fetch("${origin}/fetch"),
      () => require("node:http").get("${origin}/http-get"),
      () => require("node:dns").lookup("example.invalid", () => {}),
      () => require("node:net").connect(${new URL(origin).port}, "127.0.0.1"),
    ];
    for (const attempt of attempts) { try { attempt(); } catch {} }`);
  expect(log.filter((l) => l.startsWith("attempt")).map((l) => l.split(" ")[1])).toEqual(["fetch", "http.get", "dns.lookup", "net.connect"]);
  expect(received).toEqual([]);
});

test("check (folders, every form, worker threads, --summary), import, narrative (.docx) and template reach no network", () => {
  const returns = path.join(dir, "returns");
  const { log, stdout } = underTrap(`
    const { run } = require(${JSON.stringify(MAIN)});
    const quiet = { out() {}, err() {}, isTTY: false };
    (async () => {
      const codes = {
        check: await run(["check", ${JSON.stringify(returns)}, "--jobs", "2", "--summary", "summary.xlsx"], quiet),
        importJson: await run(["import", ${JSON.stringify(path.join(returns, "hostile.html"))}, "-o", "imported.json"], quiet),
        importXlsx: await run(["import", ${JSON.stringify(path.join(returns, "hostile.html"))}, "-o", "imported.xlsx"], quiet),
        narrative: await run(["narrative", ${JSON.stringify(path.join(returns, "report.json"))}, "--docx", "report.docx"], quiet),
        template: await run(["template", "--edition", "2021", "--year", "2024", "-o", "template.xlsx"], quiet),
      };
      process.stdout.write(JSON.stringify(codes));
    })();`);
  // Every command did its work: every file of the batch was read (exit 2 would say one was not) and checked.
  expect(JSON.parse(stdout)).toEqual({ check: 0, importJson: 0, importXlsx: 0, narrative: 0, template: 0 });
  for (const out of ["summary.xlsx", "imported.json", "imported.xlsx", "report.docx", "template.xlsx"]) expect(fs.existsSync(path.join(dir, out))).toBe(true);
  // The trap was loaded in the main thread and in the batch's worker threads, and nothing was attempted.
  expect(log).toContain("loaded main");
  expect(log.filter((l) => l.startsWith("loaded worker")).length).toBeGreaterThanOrEqual(1);
  expect(log.filter((l) => !l.startsWith("loaded"))).toEqual([]);
  expect(received).toEqual([]);
}, HANG_GUARD_MS.cliProcess);

test("HTML import runs nothing and fetches nothing from a page full of scripts, images, frames and links", async () => {
  const result = importHtml(hostilePage());
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  // A fetch the import started would be asynchronous: give it time to reach the local server before looking.
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect((globalThis as { __xxgkRan?: boolean }).__xxgkRan).toBeUndefined();
  expect(fs.existsSync(path.join(dir, "ran"))).toBe(false);
  expect(received).toEqual([]);
  // The page's scripts and styles are not the report's text; its tables still are.
  const text = JSON.stringify(result.report.narrative);
  expect(text).not.toMatch(/__xxgkRan|fetch\(|@import|writeFileSync/);
  expect(result.report.cells["t3.newReceived|total"]?.raw).toBe("3119");
});
