import { CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";
import { CUSTOM_FUNCTIONS_NAMESPACE } from "../../src/core";
import { callFunction } from "./functions";
import type { Registered } from "./functions";

/**
 * The add-in's custom functions inside HyperFormula (test-only, GPL), so a generated workbook's 加载项核对 column
 * calculates as it would in Excel with the add-in loaded. Each function calls the handler the built bundle
 * associated: ranges arrive as rows of values (blank → null, as Excel may pass them), errors become #VALUE! with the
 * function's message.
 */

const ERROR_TYPES: Record<string, ErrorType> = { "#VALUE!": ErrorType.VALUE, "#N/A": ErrorType.NA, "#DIV/0!": ErrorType.DIV_BY_ZERO };

const valueOf = (v: unknown) => (v === EmptyValue ? null : v);
const gridOf = (arg: unknown): unknown[][] => (arg instanceof SimpleRangeValue ? arg.rawData().map((row) => row.map(valueOf)) : [[valueOf(arg)]]);

/** The ids the template's formulas use, with how HyperFormula should pass each parameter. */
const SIGNATURES = {
  BALANCE: [FunctionArgumentType.RANGE],
  SUMCHECK: [FunctionArgumentType.SCALAR, FunctionArgumentType.RANGE],
  CARRYOVER: [FunctionArgumentType.RANGE, FunctionArgumentType.RANGE],
} as const;

let registeredOnce = false;

export function registerAddinFunctions(registered: Registered): void {
  if (registeredOnce) return;
  registeredOnce = true;
  const run = (id: keyof typeof SIGNATURES, args: unknown[]) => {
    const matrixArgs = args.map((a, i) => (SIGNATURES[id][i] === FunctionArgumentType.RANGE ? gridOf(a) : valueOf(a)));
    const result = callFunction(registered, id, ...matrixArgs);
    if ("error" in result) return new CellError(ERROR_TYPES[result.error] ?? ErrorType.ERROR, result.message);
    const v = result.value;
    if (!Array.isArray(v)) return v as number;
    if (v.length !== 1 || v[0].length !== 1) throw new Error(`${id}: the template only uses single-cell results`);
    return v[0][0] as number;
  };

  const name = (id: string) => `${CUSTOM_FUNCTIONS_NAMESPACE}.${id}`;
  const implementedFunctions = Object.fromEntries(
    Object.entries(SIGNATURES).map(([id, params]) => [
      name(id),
      { method: id, parameters: params.map((argumentType) => ({ argumentType })), vectorizationForbidden: true },
    ]),
  );

  class AddinFunctions extends FunctionPlugin {
    static override implementedFunctions = implementedFunctions;
  }
  for (const id of Object.keys(SIGNATURES) as (keyof typeof SIGNATURES)[]) {
    // HyperFormula calls the method named in implementedFunctions with (ast, state).
    (AddinFunctions.prototype as unknown as Record<string, unknown>)[id] = function (this: AddinFunctions, ast: { args: unknown[] }, state: unknown) {
      const self = this as unknown as { runFunction: (...a: unknown[]) => unknown; metadata: (n: string) => unknown };
      return self.runFunction(ast.args, state, self.metadata(name(id)), (...args: unknown[]) => run(id, args));
    };
  }
  HyperFormula.registerFunctionPlugin(AddinFunctions, { enGB: Object.fromEntries(Object.keys(SIGNATURES).map((id) => [name(id), name(id)])) });
}
