export * from "./types";
export * from "./editions";
export * from "./lookup";
export * from "./levels";
export * from "./labels";
export { sectionHeading, sectionHeadings, tableOfSection } from "./sections";
