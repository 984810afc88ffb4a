/**
 * The custom functions' namespace. Excel takes it from the manifest (<bt:String id="Functions.Namespace">); the
 * template's 加载项核对 column writes formulas with it, so a test holds the two equal.
 */
export const CUSTOM_FUNCTIONS_NAMESPACE = "XXGK";

/** 「XXGK.BALANCE(…)」 as a formula writes a call (without 「=」). */
export function customFunctionCall(id: string, ...args: readonly string[]): string {
  return `${CUSTOM_FUNCTIONS_NAMESPACE}.${id}(${args.join(",")})`;
}
