import { CUSTOM_FUNCTIONS_NAMESPACE } from "../../core/blocks/namespace";
import type { WpsAddonRoot } from "../et";

/**
 * XXGK.* in WPS 表格, from the same src/functions/functions.ts as in Excel. The build appends to that module one
 * `CustomFunctions.associate(ID, function)` per JSDoc @customfunction (the metadata plugin): here `CustomFunctions`
 * is this stand-in, whose associate registers the function with WPS — `AddCustomFunction(namespace, name, callback)`,
 * as wpsjs's own template does (wpsjs 2.2.3, src/vite_plugins.js). The names and help WPS shows come from the
 * package's functions.json (./../functionsJson.ts), made from the same JSDoc.
 *
 * What is not Excel: a function that fails throws CustomFunctions.Error there (the cell shows #VALUE! and the
 * message); WPS has no such error type for add-ins, so the cell gets the error's text, 「#VALUE! 报告年度应为…」.
 * A range argument is taken as its values whether WPS passes the values or the Range (docs/wps.md).
 */

class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? "");
  }
}

const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

/** A Range object (some WPS versions may pass one) → its values as rows; anything else as it is. */
function argument(value: unknown): unknown {
  if (value && typeof value === "object" && !Array.isArray(value) && "Value2" in value) {
    const v = (value as { Value2: unknown }).Value2;
    return Array.isArray(v) ? v.map((row) => (Array.isArray(row) ? row.map((c) => c ?? "") : [row ?? ""])) : [[v ?? ""]];
  }
  return value;
}

/** A function as WPS calls it: arguments made plain, an error given as its text. */
export function forWps(fn: (...args: never[]) => unknown): (...args: unknown[]) => unknown {
  return (...args) => {
    try {
      return (fn as (...a: unknown[]) => unknown)(...args.map(argument));
    } catch (e) {
      if (e instanceof CustomFunctionError) return e.message ? `${e.code} ${e.message}` : e.code;
      return `#VALUE! ${String((e as Error)?.message ?? e)}`;
    }
  };
}

/** Installs the stand-in; returns the names registered so far (the package check reads them). */
export function installCustomFunctions(app: WpsAddonRoot | undefined): string[] {
  const registered: string[] = [];
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: CustomFunctionError,
    ErrorCode: ERROR_CODES,
    associate(id: string, fn: (...args: never[]) => unknown) {
      registered.push(id);
      app?.AddCustomFunction?.(CUSTOM_FUNCTIONS_NAMESPACE, id, forWps(fn));
    },
  };
  return registered;
}
