import type { RibbonCommand } from "./ribbon";

/**
 * The ribbon drives the task pane through the pane's address: a button opens the pane at (or navigates it to)
 * taskpane.html#xxgk=validate-7 (a counter, so pressing the same button again is a new address). The pane then does
 * what the button says — through its own controls, as a clerk would (open the section, press its button), so the
 * pane's sections know nothing of WPS. The hash is cleared once done, so reloading the pane repeats nothing.
 */

const COMMAND = /(?:^#|&)xxgk=(insert|validate|generate|lastYear)(?:-\d+)?(?:&|$)/;

export function commandOf(hash: string): RibbonCommand | undefined {
  return COMMAND.exec(hash)?.[1] as RibbonCommand | undefined;
}

/** The pane's address for a command (the ribbon page builds it). */
export function commandUrl(paneUrl: string, command: RibbonCommand, counter: number): string {
  return `${paneUrl.replace(/#.*$/, "")}#xxgk=${command}-${counter}`;
}

function openSection(id: string): HTMLElement | null {
  const section = document.getElementById(id);
  if (section instanceof HTMLDetailsElement) section.open = true;
  section?.scrollIntoView?.({ block: "start" });
  return section;
}

export function runCommand(command: RibbonCommand): void {
  if (command === "insert") {
    openSection("section-template");
    document.getElementById("tpl-year")?.focus();
  } else if (command === "validate") {
    openSection("section-validate")?.querySelector<HTMLButtonElement>("button.primary")?.click();
  } else if (command === "generate") {
    openSection("section-narrative")?.querySelector<HTMLButtonElement>("button.primary")?.click();
  } else {
    openSection("section-last-year");
    document.getElementById("last-year-text")?.focus();
  }
}

/** Follows the address: now (once the pane is ready) and whenever the ribbon navigates the pane. */
export function followRibbon(): void {
  const follow = () => {
    const command = commandOf(location.hash);
    if (!command) return;
    history.replaceState(null, "", location.pathname + location.search);
    runCommand(command);
  };
  window.addEventListener("hashchange", follow);
  const ready = () => document.documentElement.dataset.ready === "true";
  if (ready()) follow();
  else new MutationObserver((_m, observer) => ready() && (observer.disconnect(), follow())).observe(document.documentElement, { attributes: true, attributeFilter: ["data-ready"] });
}
