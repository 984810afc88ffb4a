/** The standard workbook as a host-agnostic plan, and the addresses every host uses to find things in it. */
export { buildTemplatePlan } from "./plan";
export type { TemplateOptions } from "./plan";
export { templateLayout, metaFields } from "./layout";
export type { TemplateLayout, CellRef, InputRef, LabelRef, MetaField, TableExtent } from "./layout";
export type * from "./types";
export { checkSheetColumns } from "./checkColumns";
export type { CheckColumnDef } from "./checkColumns";
export { RESULT, cellCountChecks } from "./checks";
export type { CheckRow, CheckSubject, CellCountId } from "./checks";
export { nativeCheckFormulas, summaryFormulas, inputRanges } from "./checkFormulas";
export { TEMPLATE_VERSION, TEMPLATE_MARKER_NAME, templateMarker, parseTemplateMarker } from "./marker";
export { templateStyles, COLOURS } from "./styles";
export { kindWording } from "./wording";
export * from "./address";
export { readTemplateCells, narrativeLines, sheetsNotRead } from "./reader";
export type { TemplateCells, ReadTemplateOptions, ReadTemplateResult } from "./reader";
export { contributorsSheet } from "./sheets/contributors";
export type { ContributorRow } from "./sheets/contributors";
