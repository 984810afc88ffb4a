/**
 * What a file really is, from its first bytes, whatever its extension says: clerks rename files, and sites serve a
 * web page or a PDF under a .docx or .xlsx name. Each reader words its own refusal from this.
 */
export type FileKind = "zip" | "ole" | "html" | "pdf" | "unknown";

const ZIP = [0x50, 0x4b]; // 「PK」: .docx, .xlsx and every other zip
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // old .doc/.xls, and any password-encrypted Office file

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

export function sniffKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, ZIP)) return "zip";
  if (startsWith(bytes, OLE)) return "ole";
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  if (head.startsWith("<") && /<html|<!doctype|<meta|<body/.test(head)) return "html";
  if (head.startsWith("%pdf")) return "pdf";
  return "unknown";
}
