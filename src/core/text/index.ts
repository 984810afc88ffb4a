export * from "./numbers";
export * from "./sections";
export * from "./pageMarker";
export * from "./chineseNumerals";
