import { h, replace } from "../dom";

/**
 * An inline question (dialog boxes are not available in every Office webview): a message and two buttons in the
 * section that asked. Focus goes to 「取消」 — replacing a clerk's work must be a deliberate choice; Esc cancels.
 */
export function askInline(container: HTMLElement, message: string, confirmLabel: string): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (answer: boolean) => {
      replace(container);
      container.hidden = true;
      resolve(answer);
    };
    const confirm = h("button", { class: "button danger", attrs: { type: "button" }, on: { click: () => done(true) } }, confirmLabel);
    const cancel = h("button", { class: "button", attrs: { type: "button" }, on: { click: () => done(false) } }, "取消");
    const box = h(
      "div",
      { class: "confirm", attrs: { role: "alertdialog", "aria-modal": "false", "aria-label": "请确认" }, on: { keydown: (e) => e.key === "Escape" && done(false) } },
      h("p", { class: "confirm-text" }, message),
      h("div", { class: "actions" }, confirm, cancel),
    );
    replace(container, box);
    container.hidden = false;
    cancel.focus();
  });
}
