import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";

/**
 * A stand-in for Excel's custom functions runtime, enough to load the built functions bundle the way the shared
 * runtime does: the bundle calls `CustomFunctions.associate(id, fn)` (code the metadata plugin appends), and the
 * functions throw `new CustomFunctions.Error(code, message)`.
 */

/** The codes of @types/custom-functions-runtime's ErrorCode enum. */
export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** Like the runtime's: a custom message is only shown with #VALUE! and #N/A — the fake refuses it elsewhere. */
export class FakeCustomFunctionError {
  code: string;
  message?: string;
  constructor(code: string, message?: string) {
    if (!Object.values(ErrorCode).includes(code as never)) throw new TypeError(`unknown error code ${code}`);
    if (message !== undefined && code !== ErrorCode.invalidValue && code !== ErrorCode.notAvailable) {
      throw new TypeError(`a message is only allowed with #VALUE! or #N/A, not ${code}`);
    }
    this.code = code;
    this.message = message;
  }
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- the runtime's own signature
export type Handler = Function;

export interface Registered {
  handlers: Map<string, Handler>;
  /** Every associate call in order (a repeated id would show up twice). */
  calls: string[];
}

/** Run dist/functions.js with a fake `CustomFunctions` global and return what it associated. */
export function loadRegisteredFunctions(dist: string): Registered {
  const handlers = new Map<string, Handler>();
  const calls: string[] = [];
  const fake = {
    associate(idOrMappings: string | Record<string, Handler>, fn?: Handler) {
      const entries = typeof idOrMappings === "string" ? [[idOrMappings, fn as Handler] as const] : Object.entries(idOrMappings);
      for (const [id, f] of entries) {
        if (typeof f !== "function") throw new TypeError(`associate(${id}) without a function`);
        calls.push(id);
        handlers.set(id.toUpperCase(), f);
      }
    },
    Error: FakeCustomFunctionError,
    ErrorCode,
  };
  const code = fs.readFileSync(path.join(dist, "functions.js"), "utf8");
  // The bundle refers to the global `CustomFunctions`; a parameter of that name stands in for it.
  vm.runInThisContext(`(function (CustomFunctions) {\n${code}\n})`, { filename: "functions.js" })(fake);
  return { handlers, calls };
}

/** What a cell shows: a value, or an error code with its message. */
export type CellResult = { value: unknown } | { error: string; message?: string };

/** Call a registered function as Excel would, turning a thrown CustomFunctions.Error into what the cell shows. */
export function callFunction(registered: Registered, id: string, ...args: unknown[]): CellResult {
  const handler = registered.handlers.get(id);
  if (!handler) throw new Error(`${id} is not registered`);
  // Excel passes every declared parameter; an omitted optional one arrives as null.
  while (args.length < handler.length) args.push(null);
  try {
    return { value: handler(...args) };
  } catch (e) {
    if (e instanceof FakeCustomFunctionError) return e.message === undefined ? { error: e.code } : { error: e.code, message: e.message };
    throw e;
  }
}
