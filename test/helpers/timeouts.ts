/**
 * Hang guards: the jest timeouts and the waits inside tests for the slow steps, each at least 10× the longest time
 * the step was measured to take on the 2-core development machine — three full `npm test` runs with `npm run bench`
 * beside them and other developers' jobs (load average 8–13). They catch a hang; they never judge speed: `npm run
 * bench` measures speed, as ratios. Every other test and hook has jest.config.js's testTimeout (120 s; the slowest
 * such test took 8.2 s).
 */
export const HANG_GUARD_MS = {
  /**
   * The add-in's webpack production build (test/helpers/build.ts), made once per run and shared by the files that
   * need it: 27 s in a full run at load 6–9; up to 117 s (waiting for the shared build included) at load 12–13.
   */
  addinBuild: 20 * 60_000,
  /** `npm run package` (its own production build, manifests, zip): 77 s at load 6–9; up to 150 s at load 12–13. */
  package: 25 * 60_000,
  /** One headless LibreOffice run converting the generated workbooks: 16 s at load 6–9; up to 52 s at load 12–13. */
  libreOffice: 10 * 60_000,
  /**
   * A child node process running the command line (at most a check of a folder with worker threads): the network
   * test's whole run took up to 12.7 s, start-up's three children 7.5 s together, at load 9–14.
   */
  cliProcess: 3 * 60_000,
  /** A test recalculating many generated workbooks in HyperFormula (the slip tests): up to 9.7 s with the bench beside. */
  recalculation: 2 * 60_000,
  /** A page in headless chromium reaching a state (text shown, a file read): whole tests of this kind took ≤ 5.8 s. */
  browserWait: 60_000,
} as const;
