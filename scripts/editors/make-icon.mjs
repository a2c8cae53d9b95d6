// Draws the extension's 128x128 icon (images/icon.png) with no image library:
// a dark-blue page with lines of text and a green check mark, rasterised with
// 4x4 supersampling and written as an RGBA PNG through zlib.
//   node scripts/editors/make-icon.mjs [out.png]
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const out = process.argv[2] ?? join(root, "images", "icon.png");
const N = 128;
const SS = 4;

const BG = [31, 78, 121];
const PAGE = [245, 247, 250];
const INK = [120, 135, 155];
const CHECK = [46, 170, 90];

// Shapes, later ones painted over earlier ones. Each returns true when (x, y) is inside.
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const segment = (ax, ay, bx, by, w) => (x, y) => {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (w / 2) ** 2;
};
const disc = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

const shapes = [
  [roundRect(4, 4, 124, 124, 20), BG],
  [roundRect(22, 16, 92, 112, 6), PAGE],
  [roundRect(32, 30, 82, 36, 3), INK],
  [roundRect(32, 46, 76, 52, 3), INK],
  [roundRect(32, 62, 80, 68, 3), INK],
  [roundRect(32, 78, 58, 84, 3), INK],
  [disc(88, 88, 28), [255, 255, 255]],
  [disc(88, 88, 24), CHECK],
  [segment(75, 89, 84, 99, 8), [255, 255, 255]],
  [segment(84, 99, 102, 76, 8), [255, 255, 255]],
];

const raw = Buffer.alloc(N * (1 + N * 4));
for (let y = 0; y < N; y++) {
  raw[y * (1 + N * 4)] = 0; // filter: none
  for (let x = 0; x < N; x++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const px = x + (sx + 0.5) / SS, py = y + (sy + 0.5) / SS;
        let color;
        for (const [inside, c] of shapes) if (inside(px, py)) color = c;
        if (color) { r += color[0]; g += color[1]; b += color[2]; a += 255; }
      }
    }
    const n = SS * SS, k = a ? n / (a / 255) : 0;
    const o = y * (1 + N * 4) + 1 + x * 4;
    raw[o] = Math.round((r / n) * k); raw[o + 1] = Math.round((g / n) * k); raw[o + 2] = Math.round((b / n) * k); raw[o + 3] = Math.round(a / n);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0); ihdr.writeUInt32BE(N, 4);
ihdr[8] = 8; ihdr[9] = 6; // 8-bit RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk("IHDR", ihdr),
  chunk("IDAT", deflateSync(raw, { level: 9 })),
  chunk("IEND", Buffer.alloc(0)),
]);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, png);
console.log(`${out}: ${N}x${N}, ${png.length} bytes`);
