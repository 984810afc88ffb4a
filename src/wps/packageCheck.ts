/**
 * The package's check of the add-in page: wps-addin.js run in a Node sandbox shaped like a WPS 加载项 page (an
 * `Application` with PluginStorage, task panes and AddCustomFunction), then asked what WPS would ask — is each
 * ribbon callback a function of the page, what does each button open, which functions were registered.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";

export interface LoadedPage {
  registered: string[];
  hasFunction(name: string): boolean;
  /** Presses a ribbon button (its onAction callback with its id); where the task pane was opened or navigated to. */
  press(onAction: string, buttonId: string): string | undefined;
}

export function loadAddinPage(addinDir: string, baseUrl: string): LoadedPage {
  const html = fs.readFileSync(path.join(addinDir, "index.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]);
  if (scripts.length === 0) throw new Error("index.html 没有加载任何脚本");
  const registered: string[] = [];
  const storage = new Map<string, unknown>();
  const panes: { url: string }[] = [];
  let lastUrl: string | undefined;
  const pane = (i: number) => ({
    ID: i + 1,
    Visible: false,
    DockPosition: 0,
    Width: 0,
    Navigate: (url: string) => void ((panes[i].url = url), (lastUrl = url)),
  });
  const application = {
    ActiveWorkbook: null,
    ActiveSheet: null,
    PluginStorage: { setItem: (k: string, v: unknown) => void storage.set(k, v), getItem: (k: string) => storage.get(k) ?? null, removeItem: (k: string) => void storage.delete(k) },
    CreateTaskPane: (url: string) => {
      panes.push({ url });
      lastUrl = url;
      return pane(panes.length - 1);
    },
    GetTaskPane: (id: number) => {
      if (!panes[id - 1]) throw new Error(`no task pane ${id}`);
      return pane(id - 1);
    },
    AddCustomFunction: (_namespace: string, name: string) => void registered.push(name),
  };
  const sandbox: Record<string, unknown> = {
    Application: application,
    wps: application,
    location: new URL("index.html", baseUrl),
    document: { currentScript: { src: new URL(scripts[0], baseUrl).href }, getElementsByTagName: () => [] },
    alert: (message: string) => {
      throw new Error(`alert: ${message}`);
    },
    console,
    URL,
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  const context = vm.createContext(sandbox);
  for (const src of scripts) vm.runInContext(fs.readFileSync(path.join(addinDir, src), "utf8"), context, { filename: src });
  const resolve = (name: string) => name.split(".").reduce<unknown>((o, key) => (o as Record<string, unknown> | undefined)?.[key], context);
  return {
    registered,
    hasFunction: (name) => typeof resolve(name) === "function",
    press(onAction, buttonId) {
      lastUrl = undefined;
      (resolve(onAction) as (control: unknown) => unknown)({ Id: buttonId });
      return lastUrl;
    },
  };
}
