/** The pure core: editions and rules as data, the report model, validation. Runs in Node, browsers and Excel. */
export * from "./editions";
export * from "./rules";
export * from "./findings";
export * from "./refusal";
export * from "./model/cellText";
export * from "./model/report";
export { reportToJson, stringifyReport } from "./model/serialize";
export { validate } from "./validate";
export type { ValidateOptions } from "./validate";
export * from "./text";
export {
  blockEdition,
  blockMessages,
  carryOverDifferences,
  cellText,
  checkTableBlock,
  CUSTOM_FUNCTIONS_NAMESPACE,
  customFunctionCall,
  columnBalance,
  columnsEdition,
  editionArgument,
  findingLines,
  gridSize,
  reportFromBlock,
  shareOf,
  sumDifference,
  tableSentence,
} from "./blocks";
export type { BlockOutcome, Grid, GridSize } from "./blocks";
export * from "./template";
export * from "./narrative";
export * from "./aggregate";
export { narrativeReadiness, readinessWording } from "./readiness";
export type { NarrativeReadiness } from "./readiness";
