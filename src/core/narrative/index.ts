/**
 * Narrative: the report's text generated from the tables, and the checker that catches text contradicting them
 * (report-format.md §2, §6 rules 8 and 10–13, §7). Pure: runs in Node and in the task pane.
 */
export { generateNarrative, narrativeToText, draftToNarrative, requestsSentence, reviewLitigationSentence } from "./generate";
export type { NarrativeDraft, DraftSection, DraftBlock, GenerateOptions } from "./generate";
export { checkNarrative } from "./check";
export type { NarrativeCheckOptions } from "./check";
export { checkStructure } from "./structure";
export { measureDuplication, DUPLICATION_LIMIT } from "./duplication";
export type { Duplication } from "./duplication";
export { narrativeSentences, readStatements } from "./extract";
export type { Statement, ValueStatement, ShareStatement, ClaimStatement, SentenceRef } from "./extract";
export { figureCatalog, figureValue } from "./figures";
export type { Figure, FigureCatalog } from "./figures";
export { tableGrid, gridToText } from "./tables";
export type { TableGrid, GridCell } from "./tables";
export { phraseBooks } from "./phrases";
export type { PhraseBook } from "./phrases";
export { proseOf, splitSentences } from "./normalize";
export { PROMPT_PATTERN, stripPrompts } from "./prompts";
