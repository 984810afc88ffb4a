import type { EtApplication } from "./et";

/**
 * The WPS 表格 object model when this page runs inside WPS, else undefined. A WPS 加载项 page gets the application
 * as the global `Application` (also `wps`, the same object; et-jsapi-declare's index.d.ts). Small on purpose: the
 * task pane's first script imports it; the WPS host itself is a separate chunk.
 */
export function wpsApplication(scope: object = globalThis): EtApplication | undefined {
  for (const name of ["Application", "wps"]) {
    let app: unknown;
    try {
      app = (scope as Record<string, unknown>)[name];
    } catch {
      continue;
    }
    // The ET application, not some other global of that name: it has the workbook members the host uses.
    if (app && typeof app === "object" && "ActiveWorkbook" in app && "ActiveSheet" in app) return app as EtApplication;
  }
  return undefined;
}
