/**
 * A tiny DOM helper: elements with attributes, listeners and children. Text is always a text node (never parsed as
 * HTML), so a cell that holds 「<script>」 shows those characters. There is no innerHTML anywhere in the pane.
 */

export type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  id?: string;
  /** Attributes (aria-*, role, type, for…). `false`/`undefined` leave the attribute out. */
  attrs?: Record<string, string | number | boolean | undefined>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.id) el.id = props.id;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === false || value === undefined) continue;
    el.setAttribute(name, value === true ? "" : String(value));
  }
  for (const [type, listener] of Object.entries(props.on ?? {})) el.addEventListener(type, listener as EventListener);
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
}

/** Replaces an element's children. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** How to withdraw the question an action is waiting on (ui/confirm.ts sets it): one question at a time. */
let withdrawPending: (() => void) | undefined;

export function setPendingQuestion(withdraw: (() => void) | undefined): void {
  withdrawPending = withdraw;
}

/**
 * Runs an async action with its button disabled and the region marked busy; errors become a message. Another action
 * starting withdraws a question still waiting for an answer (「替换这些工作表？」): it no longer matches what is
 * going on, and answering it later would act on a workbook the clerk has moved on from.
 */
export async function busy<T>(button: HTMLButtonElement, region: HTMLElement, action: () => Promise<T>): Promise<T | undefined> {
  if (button.disabled) return undefined;
  withdrawPending?.();
  button.disabled = true;
  region.setAttribute("aria-busy", "true");
  try {
    return await action();
  } finally {
    button.disabled = false;
    region.removeAttribute("aria-busy");
  }
}
