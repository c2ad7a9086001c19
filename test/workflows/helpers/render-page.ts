import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
// pdf-parse's own renderer: it draws pages with pdf.js onto this canvas, and the same canvas decodes the PNG.
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { PDFParse } from 'pdf-parse';

/** A program on PATH, or undefined. The project does not install system tools: checks that need one skip. */
export function onPath(...names: string[]): string | undefined {
  for (const name of names) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return undefined;
}

export const PDFTOPPM = onPath('pdftoppm');
export const OFFICE = onPath('soffice', 'libreoffice');

/** Page one of a PDF as a PNG: poppler's pdftoppm where installed, else pdf.js (a dependency, always there). */
export async function pageOnePng(pdf: Buffer, dir: string): Promise<{ png: Buffer; renderer: string }> {
  if (PDFTOPPM) {
    const input = join(dir, `page-${Date.now()}.pdf`);
    writeFileSync(input, pdf);
    execFileSync(PDFTOPPM, ['-png', '-r', '72', '-f', '1', '-l', '1', '-singlefile', input, input.replace(/\.pdf$/, '')], { timeout: 60_000 });
    return { png: readFileSync(input.replace(/\.pdf$/, '.png')), renderer: 'pdftoppm' };
  }
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const shot = await parser.getScreenshot({ partial: [1], scale: 1, imageDataUrl: false });
    return { png: Buffer.from(shot.pages[0]!.data), renderer: 'pdf.js' };
  } finally {
    await parser.destroy();
  }
}

/** LibreOffice's own PDF of a DOCX (what a reader opening it in LibreOffice sees). */
export function officePdf(docx: Buffer, dir: string, name: string): Buffer {
  const input = join(dir, `${name}.docx`);
  writeFileSync(input, docx);
  execFileSync(OFFICE!, [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, input], { stdio: 'pipe', timeout: 120_000 });
  const out = join(dir, `${name}.pdf`);
  if (!existsSync(out)) throw new Error(`LibreOffice produced no PDF for ${name}`);
  return readFileSync(out);
}

export function scratchDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'aip-render-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Pixels {
  width: number;
  height: number;
  /** Columns of row `y` whose colour is within `tolerance` of `hex`. */
  columnsOf(y: number, hex: string, tolerance?: number): number[];
  /** Rows holding at least `min` pixels of the colour. */
  rowsOf(hex: string, min?: number, tolerance?: number): number[];
  /** Share of the page that is not near-white. */
  inked(): number;
}

export async function pixelsOf(png: Buffer): Promise<Pixels> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const { data, width, height } = ctx.getImageData(0, 0, image.width, image.height);
  const near = (i: number, hex: string, tolerance: number) => {
    const [r, g, b] = [0, 2, 4].map((k) => parseInt(hex.slice(k, k + 2), 16));
    return Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!) <= tolerance;
  };
  const columnsOf = (y: number, hex: string, tolerance = 24) =>
    Array.from({ length: width }, (_, x) => x).filter((x) => near((y * width + x) * 4, hex, tolerance));
  return {
    width,
    height,
    columnsOf,
    rowsOf: (hex, min = 4, tolerance = 24) => Array.from({ length: height }, (_, y) => y).filter((y) => columnsOf(y, hex, tolerance).length >= min),
    inked: () => {
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 600) n++;
      return n / (width * height);
    },
  };
}
