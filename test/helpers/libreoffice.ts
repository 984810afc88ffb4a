import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { HANG_GUARD_MS } from "./timeouts";

/**
 * LibreOffice headless with a private profile that always recalculates on load (OOXMLRecalcMode = 0): without it,
 * LibreOffice would show cached values, and ExcelJS writes none. Many files go through ONE soffice call; soffice
 * exits 0 even when a conversion fails, so callers get only the outputs that exist and must check for them.
 */

export function sofficeAvailable(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "pipe", timeout: 30000 });
    return true;
  } catch {
    return false;
  }
}

function profileDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-lo-profile-"));
  fs.mkdirSync(path.join(dir, "user"), { recursive: true });
  fs.writeFileSync(
    path.join(dir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return dir;
}

/** Converts `files` (one soffice run) to `format` ("xlsx", "pdf") in `outDir`; returns the output path of each input. */
export function convertAll(files: readonly string[], outDir: string, format: string): string[] {
  const profile = profileDir();
  try {
    fs.mkdirSync(outDir, { recursive: true });
    execFileSync(
      "soffice",
      [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", format, "--outdir", outDir, ...files],
      { stdio: "pipe", timeout: HANG_GUARD_MS.libreOffice },
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return files.map((f) => path.join(outDir, `${path.basename(f, path.extname(f))}.${format}`));
}
