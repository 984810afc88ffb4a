import { h, replace, setPendingQuestion } from "../dom";

/** The clerk's answer; `withdrawn` when another action started before it (the question is gone, nothing was done). */
export type Answer = "yes" | "no" | "withdrawn";

/**
 * An inline question (dialog boxes are not available in every Office webview): a message and two buttons in the
 * section that asked. Focus goes to the cautious answer (「取消」, 「先去改正」) — replacing a clerk's work must be a
 * deliberate choice; Esc gives it too. Starting another action withdraws the question.
 */
export function askInline(container: HTMLElement, message: string, confirmLabel: string, cancelLabel = "取消"): Promise<Answer> {
  return new Promise((resolve) => {
    const done = (answer: Answer) => {
      setPendingQuestion(undefined);
      replace(container);
      container.hidden = true;
      resolve(answer);
    };
    const confirm = h("button", { class: "button danger", attrs: { type: "button" }, on: { click: () => done("yes") } }, confirmLabel);
    const cancel = h("button", { class: "button", attrs: { type: "button" }, on: { click: () => done("no") } }, cancelLabel);
    const box = h(
      "div",
      { class: "confirm", attrs: { role: "alertdialog", "aria-modal": "false", "aria-label": "请确认" }, on: { keydown: (e) => e.key === "Escape" && done("no") } },
      h("p", { class: "confirm-text" }, message),
      h("div", { class: "actions" }, confirm, cancel),
    );
    replace(container, box);
    container.hidden = false;
    setPendingQuestion(() => done("withdrawn"));
    cancel.focus();
  });
}
