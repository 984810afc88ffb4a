export * from "./numbers";
export * from "./sections";
