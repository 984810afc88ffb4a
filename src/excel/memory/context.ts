import type { LoadSpec } from "../api";
import { notLoaded, officeError } from "./errors";
import type { MemoryWorkbookStore } from "./store";

/**
 * The request context: every change and every load is queued and happens at context.sync(), in order, as in
 * Excel. A failing operation rejects the sync and discards the rest of the batch. The sync counter is the number
 * the adapters are judged by (each sync is a round trip to Excel).
 */

export interface MemoryExcelOptions {
  /** Highest ExcelApi requirement set supported, e.g. "1.7" for Excel 2019 volume licence. Default "1.17". */
  apiVersion?: string;
  /**
   * Refuse a sync whose written values exceed this many bytes of JSON, as Excel on the web refuses a request over
   * 5 MB (RequestPayloadSizeLimitExceeded). Default: no limit.
   */
  maxRequestBytes?: number;
  /** Computes a formula cell's value when it is read (e.g. HyperFormula in tests); default: formulas read as "". */
  evaluate?: (sheet: string, address: string, formula: string) => string | number | boolean;
}

const versionNumber = (v: string) => v.split(".").map(Number).reduce((a, b, i) => a + b / 100 ** i, 0);

export class MemoryRequestContext {
  private queue: (() => void)[] = [];
  /** Bytes of values and formulas queued since the last sync (counted only under maxRequestBytes). */
  private payload = 0;
  /** Syncs made through this context. */
  syncCount = 0;

  constructor(
    readonly store: MemoryWorkbookStore,
    readonly options: MemoryExcelOptions,
    private readonly counter: { syncs: number },
  ) {}

  enqueue(op: () => void): void {
    this.queue.push(op);
  }

  /** Operations queued since the last sync. */
  get pending(): number {
    return this.queue.length;
  }

  /** Counts what a write carries towards the request's size. */
  carries(values: unknown): void {
    if (this.options.maxRequestBytes !== undefined) this.payload += new TextEncoder().encode(JSON.stringify(values) ?? "").length;
  }

  async sync(): Promise<void> {
    this.syncCount++;
    this.counter.syncs++;
    const ops = this.queue;
    this.queue = [];
    const payload = this.payload;
    this.payload = 0;
    if (this.options.maxRequestBytes !== undefined && payload > this.options.maxRequestBytes) {
      throw officeError("RequestPayloadSizeLimitExceeded", `The request payload size has exceeded the limit (${payload} bytes).`);
    }
    for (const op of ops) op();
  }

  supports(version: string): boolean {
    return versionNumber(version) <= versionNumber(this.options.apiVersion ?? "1.17");
  }

  /** An API member of a requirement set the host lacks is missing, as on an old Excel. */
  requires(version: string, member: string): void {
    if (!this.supports(version)) throw officeError("ApiNotFound", `${member} needs ExcelApi ${version}; this Excel supports ${this.options.apiVersion}.`);
  }
}

/** Names in a load() call: 「values, format/fill/color」 or an array of them. */
export function loadPaths(spec: LoadSpec | { select?: string } | undefined): string[] | undefined {
  if (spec === undefined) return undefined;
  const text = typeof spec === "string" ? spec : Array.isArray(spec) ? spec.join(",") : spec.select ?? "";
  return text.split(",").map((s) => s.trim()).filter(Boolean);
}

/**
 * A proxy for an Excel object. Scalar properties are readable only after load() and sync(); navigation properties
 * (format, fill…) are other client objects, loadable through paths like 「format/fill/color」.
 */
export abstract class ClientObject {
  private readonly loadedValues = new Map<string, unknown>();

  constructor(readonly context: MemoryRequestContext) {}

  /** Current values of the scalar properties, read from the store at sync time. */
  protected abstract scalars(): Record<string, () => unknown>;

  protected navigation(): Record<string, ClientObject> {
    return {};
  }

  load(spec?: LoadSpec | { select?: string }): this {
    const paths = loadPaths(spec) ?? Object.keys(this.scalars());
    const here: string[] = [];
    for (const path of paths) {
      const [head, ...rest] = path.split("/");
      const child = this.navigation()[head];
      if (child) child.load(rest.length ? rest.join("/") : undefined);
      else here.push(head);
    }
    const getters = this.scalars();
    for (const name of here) if (!getters[name]) throw officeError("InvalidArgument", `Cannot load '${name}': no such property.`);
    this.context.enqueue(() => {
      for (const name of here) this.loadedValues.set(name, copy(getters[name]()));
    });
    return this;
  }

  /** A loaded value, or PropertyNotLoaded as office.js throws. */
  protected loaded<T>(name: string): T {
    if (!this.loadedValues.has(name)) throw notLoaded(name);
    return this.loadedValues.get(name) as T;
  }

  /** Marks values as loaded without a sync (collection items arrive loaded). */
  protected preload(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) this.loadedValues.set(k, v);
  }

  protected change(op: () => void): void {
    this.context.enqueue(op);
  }
}

function copy<T>(value: T): T {
  return value === null || typeof value !== "object" ? value : (JSON.parse(JSON.stringify(value)) as T);
}
