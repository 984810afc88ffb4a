// Order matters: the stand-in for CustomFunctions before the functions module that calls it as it loads.
import { app, registeredFunctions } from "./install";
import "../../functions/functions";
import { commandUrl } from "../paneCommands";
import { RIBBON } from "../ribbon";
import type { RibbonCommand } from "../ribbon";
import type { WpsTaskPane } from "../et";

/**
 * The WPS add-in's page (index.html, loaded by WPS when 表格 starts; never shown): the ribbon's callbacks, named as
 * ribbon.xml names them (../ribbon.ts), and the XXGK functions (./functions.ts). A button opens the task pane, or
 * navigates it to the button's command (../paneCommands.ts). The pane's id is kept in PluginStorage, shared by the
 * add-in's pages for the session, as in wpsjs's template.
 */

const PANE_ID = "xxgk.taskPaneId";
/** WPS's msoCTPDockPositionRight (wpsjs template js/util.js). */
const DOCK_RIGHT = 2;
let counter = 0;
let ribbonUI: unknown;

const paneUrl = () => new URL("taskpane.html", location.href).href;

function existingPane(): WpsTaskPane | undefined {
  const id = Number(app?.PluginStorage.getItem(PANE_ID));
  if (!id) return undefined;
  try {
    return app?.GetTaskPane(id);
  } catch {
    return undefined;
  }
}

/** Shows the pane, at the command's address when there is one. */
export function showPane(command?: RibbonCommand): WpsTaskPane | undefined {
  if (!app) return undefined;
  const url = command ? commandUrl(paneUrl(), command, ++counter) : paneUrl();
  let pane = existingPane();
  if (pane) {
    if (command) pane.Navigate(url);
  } else {
    pane = app.CreateTaskPane(url, "政务公开年报");
    app.PluginStorage.setItem(PANE_ID, pane.ID);
    pane.DockPosition = DOCK_RIGHT;
    pane.Width = 380;
  }
  pane.Visible = true;
  return pane;
}

const callbacks: Record<(typeof RIBBON.callbacks)[keyof typeof RIBBON.callbacks], (control?: unknown) => unknown> = {
  OnAddinLoad(ui?: unknown) {
    ribbonUI = ui;
    return true;
  },
  OnAction(control?: unknown) {
    const id = (control as { Id?: string; id?: string } | undefined)?.Id ?? (control as { id?: string } | undefined)?.id;
    const button = RIBBON.buttons.find((b) => b.id === id);
    try {
      showPane(button?.command);
    } catch (e) {
      alert(`未能打开「政务公开年报」任务窗格：${String((e as Error)?.message ?? e)}`);
    }
    return true;
  },
  GetImage() {
    return RIBBON.image;
  },
  OnGetEnabled() {
    return true;
  },
};

// WPS calls the callbacks as functions of the page, by name.
Object.assign(globalThis, callbacks);
Object.assign(globalThis, { __xxgkWps: { registeredFunctions, showPane, ribbonUI: () => ribbonUI } });
