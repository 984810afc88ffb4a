import * as fs from "node:fs";
import * as path from "node:path";
import * as semver from "semver";

/**
 * `npm ci` prints EBADENGINE when an installed package's `engines.node` refuses the running Node. Our own
 * `engines.node` is the promise (README: the Node lines tested); every package the lockfile installs must accept
 * every Node that promise accepts, or some supported Node would warn. Packages only reachable as peers are not
 * installed (.npmrc omit=peer) and cannot warn.
 */

const ROOT = path.join(__dirname, "..", "..");
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { engines: { node: string } };
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[]; peer?: boolean }>;
};
const supported = pkg.engines.node;

/** Locked packages whose engines.node does not accept every Node we support. */
export function refusing(packages: typeof lock.packages, range: string): string[] {
  const out: string[] = [];
  for (const [where, meta] of Object.entries(packages)) {
    if (where === "" || meta.peer) continue;
    const node = Array.isArray(meta.engines) ? undefined : meta.engines?.node;
    if (node && !semver.subset(range, node)) out.push(`${where}@${meta.version}: node ${node}`);
  }
  return out;
}

test("every installed package accepts every Node that package.json's engines accept (no EBADENGINE)", () => {
  expect(refusing(lock.packages, supported)).toEqual([]);
});

test("the check finds a package that refuses a supported Node (nanoid 6 refuses Node 20)", () => {
  const nanoid6 = { "node_modules/nanoid": { version: "6.0.2", engines: { node: "^22 || ^24 || >=26" } } };
  expect(refusing(nanoid6, supported)).toEqual(["node_modules/nanoid@6.0.2: node ^22 || ^24 || >=26"]);
  expect(refusing({ "node_modules/x": { version: "1.0.0", peer: true, engines: { node: ">=99" } } }, supported)).toEqual([]);
});

test("the supported range covers the LTS lines 22 and 24 and the Node running these tests", () => {
  for (const v of ["22.13.0", "22.23.3", "24.0.0", "24.21.0", process.versions.node]) expect(semver.satisfies(v, supported)).toBe(true);
});

test("the README states the supported range and the Node versions tested", () => {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  expect(readme).toContain(`Requires Node.js ${supported}`);
  const tested = readme.match(/Tested on Node\.js (.*?)\.(?:\s|$)/)?.[1] ?? "";
  const versions = [...tested.matchAll(/\d+\.\d+\.\d+/g)].map((m) => m[0]);
  expect(versions.map((v) => semver.major(v)).sort()).toEqual([20, 22, 24]);
  for (const v of versions) expect(semver.satisfies(v, supported)).toBe(true);
});
