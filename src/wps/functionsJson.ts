/**
 * WPS's functions.json from Office's (the one custom-functions-metadata makes from src/functions/functions.ts's
 * JSDoc): same names (the Office ids), descriptions and parameters. WPS's shape is what wpsjs's functionsScanner
 * writes (wpsjs 2.2.3, src/vite_plugins.js): { functions: [{ name, description, parameters: [{ name, description,
 * type }], result: { type } }] }, a type being string / number / boolean / any, "[][]" for a range (WPS takes
 * two-dimensional arrays only) and "?" for an optional parameter.
 */

interface OfficeParameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: "scalar" | "matrix";
  optional?: boolean;
}

export interface OfficeFunctionsMetadata {
  functions: { id: string; name: string; description?: string; parameters: OfficeParameter[]; result?: { type?: string; dimensionality?: string } }[];
}

export interface WpsFunctionsJson {
  functions: { name: string; description: string; parameters: { name: string; description: string; type: string }[]; result: { type: string } }[];
}

function wpsType(type: string | undefined, dimensionality: string | undefined, optional = false): string {
  const base = type === "number" || type === "string" || type === "boolean" ? type : "any";
  return `${base}${dimensionality === "matrix" ? "[][]" : ""}${optional ? "?" : ""}`;
}

export function wpsFunctionsJson(office: OfficeFunctionsMetadata): WpsFunctionsJson {
  return {
    functions: office.functions.map((f) => ({
      name: f.id,
      description: f.description ?? "",
      parameters: f.parameters.map((p) => ({ name: p.name, description: p.description ?? "", type: wpsType(p.type, p.dimensionality, p.optional) })),
      result: { type: wpsType(f.result?.type, f.result?.dimensionality) },
    })),
  };
}
