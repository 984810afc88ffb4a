/** Errors as office.js reports them: an Error with a `code` (OfficeExtension.Error's codes). */
export class MemoryExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "OfficeExtension.Error";
  }
}

export const officeError = (code: string, message: string) => new MemoryExcelError(code, message);

export const notLoaded = (name: string) =>
  officeError(
    "PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
