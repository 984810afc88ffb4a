// Draws the add-in's icons (a blue table with a white tick) as PNGs without any image library.
// Run once: node scripts/make-icons.js — the PNGs are committed under assets/.
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel(x / size, y / size), 1 + x * 4);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const blue = [0x0f, 0x6c, 0xbd, 255], white = [255, 255, 255, 255], clear = [0, 0, 0, 0], light = [0xcf, 0xe4, 0xfa, 255];
function pixel(x, y) {
  if (x < 0.06 || x > 0.94 || y < 0.06 || y > 0.94) return clear;
  // a tick from (0.30,0.55) to (0.45,0.72) to (0.75,0.32)
  const d1 = distToSegment(x, y, 0.28, 0.55, 0.44, 0.72), d2 = distToSegment(x, y, 0.44, 0.72, 0.76, 0.3);
  if (Math.min(d1, d2) < 0.065) return white;
  const grid = [0.06, 0.3, 0.53, 0.76].some((g) => Math.abs(y - g - 0.005) < 0.025) || [0.36, 0.65].some((g) => Math.abs(x - g) < 0.02);
  return grid ? light : blue;
}
function distToSegment(px, py, ax, ay, bx, by) {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

for (const size of [16, 32, 64, 80, 128]) {
  fs.writeFileSync(path.join(__dirname, "..", "assets", `icon-${size}.png`), png(size, pixel));
}
console.log("icons written to assets/");
