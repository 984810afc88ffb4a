/**
 * The browser tests' harness: one production build of the add-in (test/helpers/build.ts), the office.js stub bundled
 * from TypeScript, a local server, one chromium. office.js is intercepted: the stub (Excel), Microsoft's real
 * office.js from the @microsoft/office-js package (outside Office: preview mode), or nothing (no office.js at all).
 * Every other request that is not local is aborted and recorded.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { chromium } from "playwright-core";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { startStaticServer } from "../../src/deploy/server";
import type { StaticServer } from "../../src/deploy/server";
import { buildAddin, bundleForWeb, ROOT } from "../helpers/build";
import { CHROMIUM } from "../deploy/browser";

export const SCREENSHOTS = path.join(ROOT, "test", "output", "screenshots");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

export async function buildStub(): Promise<string> {
  const out = path.join(ROOT, "test", "output", `office-stub-${process.env.JEST_WORKER_ID ?? process.pid}`);
  return bundleForWeb(path.join(__dirname, "officeStub.ts"), out, "office.js");
}

export interface Harness {
  browser: Browser;
  server: StaticServer;
  stub: string;
  blocked: string[];
  pageErrors: string[];
  open(options?: { office?: "stub" | "real" | "none"; stub?: { apiVersion?: string; platform?: string }; viewport?: { width: number; height: number } }): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const [dist, stub] = await Promise.all([Promise.resolve().then(buildAddin), buildStub()]);
  const server = await startStaticServer({ root: dist, port: 0, host: "127.0.0.1" });
  const browser = await chromium.launch(CHROMIUM);
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const officeDir = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
  const harness: Harness = {
    browser,
    server,
    stub,
    blocked: [],
    pageErrors: [],
    async open(options = {}) {
      const context = await browser.newContext({ viewport: options.viewport ?? { width: 380, height: 900 }, acceptDownloads: true, locale: "zh-CN" });
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(server.url).origin });
      if (options.stub) await context.addInitScript((o) => ((globalThis as unknown as Record<string, unknown>).__xxgkStubOptions = o), options.stub);
      await context.route("**/*", (route) => {
        const url = route.request().url();
        if (url.startsWith(server.url)) return route.continue();
        const office = options.office ?? "stub";
        if (url.startsWith(CDN) && office === "stub" && url.endsWith("/office.js")) return route.fulfill({ contentType: "text/javascript", body: stub });
        if (url.startsWith(CDN) && office === "real") {
          const file = path.join(officeDir, new URL(url).pathname.slice(new URL(CDN).pathname.length));
          return fs.existsSync(file) ? route.fulfill({ contentType: "text/javascript", body: fs.readFileSync(file) }) : route.fulfill({ status: 404, body: "" });
        }
        harness.blocked.push(url);
        return route.abort("blockedbyclient");
      });
      const page = await context.newPage();
      page.on("pageerror", (e) => harness.pageErrors.push(e.message));
      await page.goto(`${server.url}taskpane.html`);
      await page.waitForFunction(() => document.documentElement.dataset.ready === "true", undefined, { timeout: 20000 });
      return { context, page };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
  return harness;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
