import { promises as fs } from "node:fs";
import * as path from "node:path";

/**
 * The files a batch checks: files as given, folders searched recursively for supported extensions. Excel's lock
 * files (「~$报表.xlsx」) and hidden files are skipped; a path that does not exist is kept so it is reported, not lost.
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
  entries.sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name.startsWith("~$")) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await listFolder(full, extensions)));
    else if (extensions.includes(path.extname(entry.name).toLowerCase())) found.push(full);
  }
  return found;
}
