import * as fs from "node:fs";
import * as path from "node:path";
import { chromium } from "playwright-core";
import type { Browser } from "playwright-core";
import { fmt } from "./lib/measure";
import { buildPane, OFFICE_STUB, servePane } from "./lib/pane";
import { interleaved, loadNote, runNode, XXGK } from "./lib/process";
import type { ProcessRun } from "./lib/process";
import type { BenchResult } from "./lib/report";
import { batchFolder } from "./lib/workbooks";

/**
 * 批量检查 in the task pane (src/taskpane/batch): 1,000 returned workbooks picked as a folder in headless chromium,
 * checked in the pane's Web Worker(s) and written as 汇总 and 问题清单 into the workbook — against `xxgk check FOLDER
 * --jobs 1 --summary` on the same files, a fresh process as a supervising office runs it. The pane runs in its preview
 * mode (office.js answered by a stub reporting no host): the same code as in Excel, with the in-memory workbook that
 * the tests use standing in for Excel. Target: the pane takes at most 1.5× the command line's time.
 */

const FILES = 1000;
const ROUNDS = 3;
const DIST = path.join(__dirname, "output", "dist-batch");



/** CPU time (user + system) of this process's descendants — the browser playwright started — from /proc (Linux), in ms. */
function childrenCpuMs(root = process.pid): number {
  const tick = 1000 / 100; // USER_HZ is 100 on Linux
  const parent = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parent.set(Number(entry), Number(fields[1]));
      cpu.set(Number(entry), (Number(fields[11]) + Number(fields[12])) * tick);
    } catch {
      // the process ended meanwhile
    }
  }
  let total = 0;
  for (const [pid, ms] of cpu) {
    for (let p: number | undefined = parent.get(pid); p; p = parent.get(p)) {
      if (p === root) {
        total += ms;
        break;
      }
    }
  }
  return total;
}

interface PaneRun {
  wallMs: number;
  cpuMs: number;
  /** Until the last file was checked, before the sheets were written. */
  checkedMs: number;
  totals: string;
  syncs: number;
  workers: number;
  rows: { summary: number; findings: number };
}

async function paneRun(browser: Browser, url: string, dir: string): Promise<PaneRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  await context.route("**/*", (route) => {
    const u = route.request().url();
    if (u.startsWith("https://appsforoffice.microsoft.com/")) return route.fulfill({ contentType: "text/javascript", body: OFFICE_STUB });
    if (u.startsWith(new URL(url).origin)) return route.continue();
    return route.abort();
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true", undefined, { timeout: 30000 });
  await page.locator("#section-batch > summary").click();
  await page.setInputFiles("#batch-folder", dir);
  // When the pane says it is writing: every file is checked.
  await page.evaluate(() => {
    const w = window as unknown as { __checkedAt?: number };
    new MutationObserver(() => {
      if ((document.getElementById("status")?.textContent ?? "").includes("正在写入")) w.__checkedAt ??= performance.now();
    }).observe(document.getElementById("status")!, { subtree: true, childList: true, characterData: true });
  });
  const cpu0 = childrenCpuMs();
  const start = await page.evaluate(() => performance.now());
  await page.getByRole("button", { name: "批量检查" }).click();
  const done = page.locator("#batch-result p.ok");
  await done.waitFor({ timeout: 600000 });
  const end = await page.evaluate(() => performance.now());
  const cpuMs = childrenCpuMs() - cpu0;
  const checkedAt = await page.evaluate(() => (window as unknown as { __checkedAt?: number }).__checkedAt ?? NaN);
  const text = await done.innerText();
  const syncs = Number(await done.getAttribute("data-syncs"));
  // As workerCount() in src/taskpane/batch/run.ts decides it.
  const workers = await page.evaluate(() => {
    const cores = navigator.hardwareConcurrency || 2;
    return cores <= 2 ? Math.max(1, cores) : Math.min(4, cores - 1);
  });
  const rows = /「汇总」（(\d+) 行）和「问题清单」（(\d+) 行）/.exec(text);
  await context.close();
  return {
    wallMs: end - start,
    cpuMs,
    checkedMs: checkedAt - start,
    totals: /共检查[^。]*/.exec(text)?.[0] ?? text,
    syncs,
    workers,
    rows: { summary: Number(rows?.[1]), findings: Number(rows?.[2]) },
  };
}

export async function benchPaneBatch(): Promise<BenchResult[]> {
  const before = loadNote();
  const dir = await batchFolder(FILES);
  buildPane(DIST);
  const server = await servePane(DIST);
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  const url = server.url;
  const summaryFile = path.join(__dirname, "output", "pane-batch-summary.xlsx");
  let m: { cli: ProcessRun; pane: PaneRun; cliCheckOnly: ProcessRun };
  try {
    m = (await interleaved<ProcessRun | PaneRun>(
      {
        cli: () => runNode(XXGK, ["check", dir, "--jobs", "1", "--summary", summaryFile], { keepStdout: true }),
        cliCheckOnly: () => runNode(XXGK, ["check", dir, "--jobs", "1"]),
        pane: () => paneRun(browser, url, dir),
      },
      ROUNDS,
    )) as unknown as typeof m;
  } finally {
    await browser.close();
    server.close();
  }
  const cliTotals = /共检查[^\n]*/.exec(m.cli.stdout)?.[0] ?? "";
  if (m.pane.totals !== cliTotals) throw new Error(`the pane found 「${m.pane.totals}」, the command line 「${cliTotals}」`);
  const ratio = m.pane.wallMs / m.cli.wallMs;
  const perFile = (ms: number) => `${(ms / FILES).toFixed(1)} ms/file`;
  const conditions = `fastest of ${ROUNDS} interleaved runs each; ${before} before, ${loadNote()} after`;
  return [
    {
      name: `批量检查 in the task pane: ${FILES.toLocaleString("en-US")} workbooks in headless chromium vs xxgk check --jobs 1`,
      lines: [
        `both found: ${cliTotals}`,
        `xxgk check --jobs 1 --summary: ${fmt.ms(m.cli.wallMs)} wall (${perFile(m.cli.wallMs)}), ${fmt.ms(m.cli.cpuMs)} CPU; without --summary ${fmt.ms(m.cliCheckOnly.wallMs)}`,
        `task pane (${m.pane.workers} worker${m.pane.workers > 1 ? "s" : ""}), click to 汇总 and 问题清单 written: ${fmt.ms(m.pane.wallMs)} wall (${perFile(m.pane.wallMs)}), ${fmt.ms(m.pane.cpuMs)} CPU (chromium, all processes); checking alone ${fmt.ms(m.pane.checkedMs)}`,
        `the pane takes ${fmt.ratio(ratio)} the command line's time (CPU ${fmt.ratio(m.pane.cpuMs / m.cli.cpuMs)})`,
        `written: 汇总 ${m.pane.rows.summary} rows, 问题清单 ${m.pane.rows.findings} rows in ${m.pane.syncs} context.sync() calls (in-memory Excel of the preview mode)`,
        conditions,
      ],
      target: { text: "≤ 1.5× xxgk check --jobs 1", met: ratio <= 1.5 },
    },
  ];
}
