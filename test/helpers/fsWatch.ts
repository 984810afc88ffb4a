import type * as fs from "node:fs";

/**
 * Runs `work` while watching every way this process's readers open a file (readFileSync, openSync, createReadStream,
 * fs.promises.readFile) and returns the paths opened. A work bound, not a time bound: "refused before it is read"
 * means the file's path is not in the list (its size came from stat alone). In-process only: worker threads have
 * their own module state, so call the CLI with `--jobs 1`.
 */
export async function filesOpened<T>(work: () => Promise<T>): Promise<{ result: T; opened: string[] }> {
  // The module object the readers use (`import * as fs` gives a test file a frozen copy of it).
  const nodeFs = jest.requireActual<typeof fs>("node:fs");
  const opened: string[] = [];
  const watch = (object: object, name: string) => {
    const target = object as Record<string, (...args: unknown[]) => unknown>;
    const original = target[name];
    return jest.spyOn(target, name).mockImplementation(function (this: unknown, file: unknown, ...rest: unknown[]) {
      opened.push(String(file));
      return original.call(this, file, ...rest);
    });
  };
  const spies = [watch(nodeFs, "readFileSync"), watch(nodeFs, "openSync"), watch(nodeFs, "createReadStream"), watch(nodeFs.promises, "readFile")];
  try {
    return { result: await work(), opened };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}
