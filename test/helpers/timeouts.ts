/**
 * Hang guards: the jest timeouts and the waits inside tests for the slow steps, each at least 10× the longest time
 * the step was measured to take on the 2-core development machine while the whole suite ran beside other work (load
 * average 6–10). They catch a hang; they never judge speed — `npm run bench` measures speed, as ratios. The default
 * for every other test and hook is jest.config.js's testTimeout (60 s; the slowest such test took 3.4 s).
 */
export const HANG_GUARD_MS = {
  /**
   * The add-in's webpack production build (test/helpers/build.ts), made once per run and shared by the files that
   * need it: 27 s in a full run at load 6–9, 65 s at load 10.
   */
  addinBuild: 15 * 60_000,
  /** `npm run package` (its own production build, manifests, zip): 77 s in a full run at load 6–9. */
  package: 15 * 60_000,
  /** One headless LibreOffice run converting the generated workbooks: 16 s in a full run. */
  libreOffice: 5 * 60_000,
  /** A page in headless chromium reaching a state (text shown, a file read): 3 s at most. */
  browserWait: 30_000,
} as const;
