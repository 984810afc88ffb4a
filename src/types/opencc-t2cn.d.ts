/**
 * The part of opencc-js's Traditional → mainland build (`opencc-js/t2cn`) that src/core/import/script.ts uses, for the
 * command line's CommonJS compile (tsconfig.cli.json paths). The package ships ES-module types for both its ESM and
 * its UMD build, which CommonJS output cannot import by type; at run time Node's require loads the UMD file, while
 * webpack and tsx load the ESM file with the package's own types (tsconfig.json).
 */
export function Converter(options: { from: "cn" | "tw" | "twp" | "hk" | "jp" | "t"; to: "cn" }): (text: string) => string;
