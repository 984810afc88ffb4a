import type { DocumentSettings, ExcelHost } from "./host";
import { memorySettings } from "./host";
import type { MemoryExcel } from "./memory";

/**
 * The in-memory workbook as a host: the preview mode runs the pane against it, and the tests stand it in for Excel.
 * `settings: null` plays a host without document settings.
 */
export function memoryHost(
  excel: MemoryExcel,
  options: { settings?: DocumentSettings | null; canDownload?: boolean; platform?: string; kind?: ExcelHost["kind"] } = {},
): ExcelHost {
  return {
    kind: options.kind ?? "preview",
    run: (batch) => excel.run(batch),
    isSetSupported: excel.isSetSupported,
    settings: options.settings === null ? undefined : (options.settings ?? memorySettings()),
    canDownload: options.canDownload ?? true,
    platform: options.platform ?? "preview",
  };
}
