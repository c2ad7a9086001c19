import { encodePng } from './png.ts';

/** The app's accent colour (manifest accentColor and the colour icon's background). */
export const ACCENT_COLOR = '#1F5AA6';

type Rgb = [number, number, number];

function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

/** Distance from point p to segment ab. */
function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * Coverage (0..1) of the glyph at a point in unit coordinates: a ring with a tick inside, the "checked"
 * mark of a procurement checklist. Distances are turned into coverage with a one-pixel soft edge.
 */
function glyphCoverage(u: number, v: number, pixel: number, stroke: number): number {
  const ring = Math.abs(Math.hypot(u - 0.5, v - 0.5) - 0.36) - stroke / 2;
  const tick = Math.min(segmentDistance(u, v, 0.32, 0.52, 0.45, 0.65), segmentDistance(u, v, 0.45, 0.65, 0.7, 0.38)) - stroke / 2;
  const d = Math.min(ring, tick);
  return Math.max(0, Math.min(1, 0.5 - d / pixel));
}

/** Renders the glyph at a size: white on the accent colour, or white on transparent for the outline icon. */
function render(size: number, background: Rgb | undefined, stroke: number): Buffer {
  const pixels = new Uint8Array(size * size * 4);
  const pixel = 1 / size;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const cover = glyphCoverage((x + 0.5) / size, (y + 0.5) / size, pixel, stroke);
      const i = (y * size + x) * 4;
      if (background) {
        for (let c = 0; c < 3; c++) pixels[i + c] = Math.round((background[c] ?? 0) * (1 - cover) + 255 * cover);
        pixels[i + 3] = 255;
      } else {
        pixels[i] = 255;
        pixels[i + 1] = 255;
        pixels[i + 2] = 255;
        pixels[i + 3] = Math.round(255 * cover);
      }
    }
  }
  return encodePng(size, size, pixels);
}

/** color.png: 192x192, full colour (Teams app package requirement). */
export function colorIcon(): Buffer {
  return render(192, hexToRgb(ACCENT_COLOR), 0.07);
}

/** outline.png: 32x32, white on a transparent background (Teams app package requirement). */
export function outlineIcon(): Buffer {
  return render(32, undefined, 0.09);
}
