/**
 * What the task pane loads when it runs inside WPS 表格 (its own chunk, so Excel and the preview never load it): the
 * WPS host for the pane's adapter, and the ribbon's commands.
 */
export { wpsHost } from "./host";
export { followRibbon } from "./paneCommands";
