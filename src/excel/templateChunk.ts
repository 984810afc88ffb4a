/** Inserting the template needs the plan builder and the renderer: loaded on demand, as their own chunk. */
export { buildTemplatePlan } from "../core/template/plan";
export { renderTemplatePlan } from "./templateRenderer";
