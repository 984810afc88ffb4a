export * from "./types";
export { identityRules } from "./identities";
export { ruleCatalog, ruleById, formatMessage, BLANK_RULES } from "./catalog";
export type { MessageValues } from "./catalog";
export * from "./expand";
export * from "./crossYear";
export * from "./slips";
