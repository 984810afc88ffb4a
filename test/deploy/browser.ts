/**
 * Loads the packaged task pane in headless chromium with the network closed: requests to the local server pass,
 * requests under an allowed "CDN" prefix are answered from a local folder, everything else is aborted and recorded.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { chromium } from "playwright-core";
import { HANG_GUARD_MS } from "../helpers/timeouts";

export const CHROMIUM = {
  executablePath: "/usr/bin/chromium",
  // No GPU, and none of chromium's own background traffic (updates, sync, safe browsing) to muddy the record.
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
};

export interface PaneLoad {
  /** The pane's visible text once it has rendered. */
  text: string;
  /** Every request the page made, in order. */
  requested: string[];
  /** Requests that were neither local nor under the allowed CDN prefix (all were aborted). */
  blocked: string[];
  /** Requests answered from the local copy of the CDN. */
  fromCdn: string[];
  pageErrors: string[];
}

export interface LoadOptions {
  /** A CDN URL prefix whose requests are answered from `cdnDir` instead of the network. */
  cdnPrefix?: string;
  cdnDir?: string;
  /** Text that shows the pane has rendered. */
  renderedText: string;
}

export async function loadTaskPane(pageUrl: string, options: LoadOptions): Promise<PaneLoad> {
  const origin = new URL(pageUrl).origin;
  const browser = await chromium.launch(CHROMIUM);
  const result: PaneLoad = { text: "", requested: [], blocked: [], fromCdn: [], pageErrors: [] };
  try {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    await context.route("**/*", (route) => {
      const url = route.request().url();
      result.requested.push(url);
      if (url.startsWith(`${origin}/`)) return route.continue();
      if (options.cdnPrefix && options.cdnDir && url.startsWith(options.cdnPrefix)) {
        const file = path.join(options.cdnDir, new URL(url).pathname.slice(new URL(options.cdnPrefix).pathname.length));
        result.fromCdn.push(url);
        if (fs.existsSync(file)) return route.fulfill({ contentType: "text/javascript", body: fs.readFileSync(file) });
        return route.fulfill({ status: 404, body: "" });
      }
      result.blocked.push(url);
      return route.abort("blockedbyclient");
    });
    const page = await context.newPage();
    page.on("pageerror", (e) => result.pageErrors.push(e.message));
    await page.goto(pageUrl);
    await page.waitForFunction((text) => document.body.innerText.includes(text), options.renderedText, { timeout: HANG_GUARD_MS.browserWait });
    // office.js may fetch more (host scripts, locale strings) after the first paint: let it settle.
    await page.waitForLoadState("networkidle");
    result.text = await page.evaluate(() => document.body.innerText);
  } finally {
    await browser.close();
  }
  return result;
}
