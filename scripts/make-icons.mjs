#!/usr/bin/env node
// Draws the Commitments Tracker add-in icons procedurally and writes them to assets/.
//   node scripts/make-icons.mjs
// Motif: a ledger page with a folded corner and text lines, plus a green check-mark badge.
// Shapes are inside-tests in pixel space; each pixel is supersampled SS x SS for anti-aliasing.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pngjs from "pngjs";

const { PNG } = pngjs;
const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
const SS = 8; // supersamples per axis (64 per pixel)
const SQRT2 = Math.SQRT2;

const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const COLOR = {
  outline: rgb("#185C37"), // Excel dark green
  page: rgb("#FFFFFF"),
  flap: rgb("#CFE6D8"),
  text: rgb("#6FA585"),
  badge: rgb("#107C41"), // Excel green
  check: rgb("#FFFFFF"),
};

// ---- shapes: (x, y) => boolean ------------------------------------------------
const all =
  (...fs) =>
  (x, y) =>
    fs.every((f) => f(x, y));
const halfPlane = (a, b, c) => (x, y) => a * x + b * y <= c;
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

function roundRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
    const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
    return dx * dx + dy * dy <= r * r;
  };
}

function segDist2(px, py, [ax, ay], [bx, by]) {
  const vx = bx - ax,
    vy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)));
  return (px - ax - t * vx) ** 2 + (py - ay - t * vy) ** 2;
}

// A polyline stroked with width w, round caps and joins.
function polyline(points, w) {
  const r2 = (w / 2) ** 2;
  return (x, y) => points.slice(1).some((p, i) => segDist2(x, y, points[i], p) <= r2);
}

// Page outline with its top-right corner cut off along x - y = R - f - T, inset by t.
function page({ L, T, R, B, r, f }, t) {
  return all(roundRect(L + t, T + t, R - t, B - t, Math.max(r - t, 0)), halfPlane(1, -1, R - f - T - t * SQRT2));
}

// The folded-over flap: right triangle under the cut, inset by t.
function flap({ T, R, f }, t) {
  return all(halfPlane(-1, 0, -(R - f + t)), halfPlane(0, 1, T + f - t), halfPlane(1, -1, R - f - T - t * SQRT2));
}

// ---- design: one layout per grid, scaled to the output size --------------------
// Grid units; the 16 and 32 layouts put edges on whole pixels so strokes stay crisp.
const LAYOUTS = {
  16: {
    page: { L: 1, T: 1, R: 13, B: 16, r: 1, f: 5 },
    t: 1,
    lines: [
      [3, 6, 8, 7],
      [3, 8, 8, 9],
      [3, 10, 6, 11],
    ],
    badge: [11.5, 11.5, 4.5, 1],
    check: [
      [-2.5, -0.5],
      [-0.5, 1.5],
      [2.5, -1.5],
    ],
    checkW: 1.2,
  },
  32: {
    page: { L: 4, T: 1, R: 25, B: 31, r: 2, f: 8 },
    t: 1,
    lines: [
      [7, 6, 14, 8],
      [7, 11, 21, 13],
      [7, 15, 15, 17],
      [7, 19, 13, 21],
    ],
    badge: [23, 23, 8, 1.5],
    check: [
      [-4, 0.3],
      [-1.3, 3],
      [4, -2.8],
    ],
    checkW: 2.6,
  },
  64: {
    page: { L: 8, T: 3, R: 50, B: 61, r: 4, f: 15 },
    t: 2,
    lines: [
      [15, 13, 28, 16],
      [15, 21, 41, 24],
      [15, 29, 32, 32],
      [15, 37, 26, 40],
      [15, 45, 23, 48],
    ],
    badge: [46.5, 46.5, 16, 3],
    check: [
      [-8, 0.5],
      [-2.7, 5.8],
      [8, -5.5],
    ],
    checkW: 5,
  },
};

// Straight edges and stroke widths snap to whole pixels; curves scale freely.
function scaleLayout(d, k) {
  const s = (v) => v * k;
  const snap = (v) => Math.round(v * k);
  const p = d.page;
  return {
    page: { L: snap(p.L), T: snap(p.T), R: snap(p.R), B: snap(p.B), r: s(p.r), f: snap(p.f) },
    t: Math.max(1, snap(d.t)),
    lines: d.lines.map((l) => l.map(snap)),
    badge: d.badge.map(s),
    check: d.check.map((q) => q.map(s)),
    checkW: s(d.checkW),
  };
}

// Layers painted in order; a null colour erases (knocks out) what lies below.
function layers(size) {
  const grid = size <= 16 ? 16 : size <= 32 ? 32 : 64;
  const d = scaleLayout(LAYOUTS[grid], size / grid);
  const [cx, cy, rb, gap] = d.badge;
  const lineR = (l) => Math.min(l[3] - l[1], 3 * d.t) / 2;
  return [
    [page(d.page, 0), COLOR.outline],
    [page(d.page, d.t), COLOR.page],
    [flap(d.page, 0), COLOR.outline],
    [flap(d.page, d.t), COLOR.flap],
    ...d.lines.map((l) => [roundRect(l[0], l[1], l[2], l[3], grid === 64 ? lineR(l) : 0), COLOR.text]),
    [circle(cx, cy, rb + gap), null],
    [circle(cx, cy, rb), COLOR.badge],
    [
      polyline(
        d.check.map(([x, y]) => [cx + x, cy + y]),
        d.checkW,
      ),
      COLOR.check,
    ],
  ];
}

// ---- rasteriser ------------------------------------------------------------------
function sample(stack, x, y) {
  let color = null;
  for (const [inside, c] of stack) if (inside(x, y)) color = c;
  return color;
}

/** `outline`: the white silhouette on transparency that the unified manifest's outline icon must be. */
function render(size, outline = false) {
  const stack = layers(size);
  const png = new PNG({ width: size, height: size, colorType: 6 });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0]; // colour sum over covered samples, covered count
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const c = sample(stack, px + (sx + 0.5) / SS, py + (sy + 0.5) / SS);
          if (!c) continue;
          acc[0] += c[0];
          acc[1] += c[1];
          acc[2] += c[2];
          acc[3] += 1;
        }
      }
      const i = (py * size + px) * 4;
      const n = acc[3];
      png.data[i] = outline && n ? 255 : n ? Math.round(acc[0] / n) : 0;
      png.data[i + 1] = outline && n ? 255 : n ? Math.round(acc[1] / n) : 0;
      png.data[i + 2] = outline && n ? 255 : n ? Math.round(acc[2] / n) : 0;
      png.data[i + 3] = Math.round((255 * n) / (SS * SS));
    }
  }
  return PNG.sync.write(png, { colorType: 6, deflateLevel: 9 });
}

// ---- output ----------------------------------------------------------------------
const OUTPUTS = [
  ["icon-16.png", 16],
  ["icon-32.png", 32],
  ["icon-64.png", 64],
  ["icon-80.png", 80],
  ["icon-128.png", 128],
  ["logo-filled.png", 300],
  // The unified manifest's icons: a 192 px colour icon and a 32 px white outline.
  ["color-192.png", 192],
  ["outline-32.png", 32, true],
];

mkdirSync(OUT_DIR, { recursive: true });
for (const [name, size, outline] of OUTPUTS) {
  writeFileSync(join(OUT_DIR, name), render(size, outline));
  console.log(`wrote assets/${name} (${size}x${size})`);
}
