import { deflateSync } from 'node:zlib';
import { crc32 } from './crc32';

/** An RGBA image: `width × height` pixels, 4 bytes each, row by row. */
export interface Rgba {
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array;
}

export type Colour = readonly [r: number, g: number, b: number, a: number];

/** Teams purple (#6264A7), the manifest's accent colour. */
const PURPLE: Colour = [0x62, 0x64, 0xa7, 0xff];
const WHITE: Colour = [0xff, 0xff, 0xff, 0xff];
const CLEAR: Colour = [0, 0, 0, 0];
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG file of the image: 8-bit RGBA, no filtering, one deflated IDAT chunk. */
export function encodePng(image: Rgba): Buffer {
  const { width, height, pixels } = image;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type 6 (RGBA), deflate, filter 0, no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    raw.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** A bar-chart glyph: three rising bars on a baseline, in a `size`-pixel square, as fractions of it. */
function barChart(size: number, background: Colour, ink: Colour, margin: number): Rgba {
  const pixels = new Uint8Array(size * size * 4);
  const inside = (x: number, y: number, x0: number, y0: number, x1: number, y1: number): boolean =>
    x >= Math.round(x0 * size) && x < Math.round(x1 * size) && y >= Math.round(y0 * size) && y < Math.round(y1 * size);
  const m = margin;
  const span = 1 - 2 * m;
  const bar = span / 6;
  const bars = [0.45, 0.7, 0.95].map((h, i) => ({ x0: m + i * bar * 2, h }));
  const base = 1 - m;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const onBar = bars.some((b) => inside(x, y, b.x0 + bar * 0.5, base - span * b.h, b.x0 + bar * 1.5, base));
      const onBase = inside(x, y, m, base, 1 - m, base + Math.max(1 / size, span * 0.06));
      pixels.set(onBar || onBase ? ink : background, (y * size + x) * 4);
    }
  }
  return { width: size, height: size, pixels };
}

/** The colour icon: a white bar chart on Teams purple, 192 × 192. */
export function colorIcon(): Buffer {
  return encodePng(barChart(192, PURPLE, WHITE, 0.22));
}

/** The outline icon: a white bar chart on a transparent background, 32 × 32. */
export function outlineIcon(): Buffer {
  return encodePng(barChart(32, CLEAR, WHITE, 0.12));
}
