import { promises as fs } from "node:fs";
import * as path from "node:path";
import { compareNames, extensionOf, isSkippedName } from "../../core/batch";

/**
 * The files a batch checks: files as given, folders searched recursively for supported extensions. Excel's lock
 * files (「~$报表.xlsx」) and hidden files are skipped, in the order and by the rules the task pane also uses
 * (src/core/batch/files.ts); a path that does not exist is kept so it is reported, not lost.
 */
export async function expandInputs(inputs: readonly string[], extensions: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => undefined);
    if (stat?.isDirectory()) files.push(...(await listFolder(input, extensions)));
    else files.push(input);
  }
  return files;
}

async function listFolder(folder: string, extensions: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  const entries = await fs.readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => compareNames(a.name, b.name));
  for (const entry of entries) {
    if (isSkippedName(entry.name)) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await listFolder(full, extensions)));
    else if (extensions.includes(extensionOf(entry.name))) found.push(full);
  }
  return found;
}
