export * from "./types";
export { identityRules } from "./identities";
export { ruleCatalog, ruleById, formatMessage } from "./catalog";
export type { MessageValues } from "./catalog";
export * from "./expand";
export * from "./crossYear";
export * from "./slips";
