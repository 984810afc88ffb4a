/**
 * Block adapters: a table's numbers as a spreadsheet passes them (a grid of values, no labels) → the core's answers.
 * Custom functions are thin wrappers over these; positions come from the edition data, checks from the rules.
 */
export * from "./grid";
export * from "./messages";
export { blockEdition, columnsEdition, editionArgument, tableBlock } from "./edition";
export { checkTableBlock, findingLines, reportFromBlock } from "./tables";
export { carryOverDifferences, columnBalance, shareOf, sumDifference } from "./differences";
export { reportYearArgument, tableSentence } from "./sentences";
export { CUSTOM_FUNCTIONS_NAMESPACE, customFunctionCall } from "./namespace";
