/**
 * The part of opencc-js's Traditional → mainland build (`opencc-js/t2cn`) that src/core/import/script.ts uses. The
 * package ships ES-module types for both its ESM and its UMD build, which CommonJS output (the command line) cannot
 * import; every build loads the package by its own conditions (webpack: the ESM file; Node: the UMD file), so the
 * compiler is pointed here instead (tsconfig paths).
 */
export function Converter(options: { from: "cn" | "tw" | "twp" | "hk" | "jp" | "t"; to: "cn" }): (text: string) => string;
