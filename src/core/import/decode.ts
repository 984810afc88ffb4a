/**
 * Bytes → text for files saved from the web or Notepad: a BOM wins; then UTF-8 if the bytes are valid UTF-8; then
 * the charset an HTML page declares; then GB18030 (a superset of GBK/GB2312, what 「ANSI」 means on a Chinese
 * Windows). TextDecoder is built into browsers and Node, so this runs in the task pane too.
 */
export function decodeText(bytes: Uint8Array, declared?: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: fall through to the declared or the Chinese legacy encoding.
  }
  const label = declared && isSupportedEncoding(declared) ? declared : "gb18030";
  return new TextDecoder(label).decode(bytes);
}

function isSupportedEncoding(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** The charset a page declares in its first bytes (<meta charset="gbk"> or http-equiv content="…charset=gb2312"). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
}
