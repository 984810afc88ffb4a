import type { IsSetSupported, RequestContextLike } from "./api";

/**
 * Where the adapter runs: Excel through office.js, WPS 表格 through its own object model (src/wps/host.ts), or the
 * in-memory workbook of the preview mode (and of the tests, which stand in for office.js with the same workbook). Everything the adapter needs from its host is here, so the
 * task pane code is the same in Excel, in preview and under test.
 */

/** Per-document storage kept inside the workbook (Office.context.document.settings). */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  /** Persists set() values in the document (one round trip to the host). */
  save(): Promise<void>;
}

export interface ExcelHost {
  kind: "excel" | "preview" | "wps";
  /** Like Excel.run: a fresh request context; what is still queued when the batch returns is synced. */
  run<T>(batch: (context: RequestContextLike) => Promise<T>): Promise<T>;
  isSetSupported: IsSetSupported;
  /** Absent when the host has no document settings (the adapter then asks before replacing any text). */
  settings?: DocumentSettings;
  /** Whether a file can be downloaded from the pane (desktop webviews block downloads). */
  canDownload: boolean;
  /** Office.context.platform, for messages ("PC", "Mac", "OfficeOnline"…); "preview" in preview mode. */
  platform: string;
}

/** Settings kept in memory (preview mode, tests). */
export function memorySettings(initial: Record<string, unknown> = {}): DocumentSettings & { saved: Record<string, unknown>; saves: number } {
  const values: Record<string, unknown> = { ...initial };
  const state = {
    saved: { ...initial },
    saves: 0,
    get: (name: string) => values[name],
    set: (name: string, value: unknown) => void (values[name] = value),
    async save() {
      state.saves++;
      state.saved = JSON.parse(JSON.stringify(values));
    },
  };
  return state;
}

/** Office.context.document.settings as a DocumentSettings, or undefined when the host lacks them. */
function officeSettings(): DocumentSettings | undefined {
  const settings = typeof Office !== "undefined" ? Office.context?.document?.settings : undefined;
  if (!settings) return undefined;
  return {
    get: (name) => settings.get(name),
    set: (name, value) => settings.set(name, value),
    save: () =>
      new Promise<void>((resolve, reject) =>
        settings.saveAsync((result) => (String(result.status) === "failed" ? reject(new Error(result.error?.message ?? "saveAsync failed")) : resolve())),
      ),
  };
}

/**
 * The host office.js gives once Office.onReady reported Excel. Downloads work in Excel on the web (a browser tab);
 * the desktop webviews (Windows, Mac) and the mobile apps swallow them, so there the pane says where the text is.
 */
export function officeHost(platform: string): ExcelHost {
  return {
    kind: "excel",
    run: (batch) => Excel.run((context) => batch(context)),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    settings: officeSettings(),
    canDownload: platform === "OfficeOnline",
    platform,
  };
}
