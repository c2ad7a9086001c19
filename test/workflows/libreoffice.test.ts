import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { exportChecklistFile, exportDecisionFile } from '../../workflows/api.ts';
import { readPdf } from './helpers/read-back.ts';

/** soffice or libreoffice on PATH; the project does not depend on it, so without it the test is skipped (loudly). */
function findOffice(): string | undefined {
  for (const name of ['soffice', 'libreoffice']) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return undefined;
}

const office = findOffice();
if (!office) console.warn('\n*** LibreOffice (soffice) is not on PATH: the "DOCX opens in LibreOffice" check is SKIPPED. ***\n');

const dir = mkdtempSync(join(tmpdir(), 'aip-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Headless conversion fails (no output, non-zero exit) on a document LibreOffice cannot load without repair. */
function convertToPdf(docx: Buffer, name: string): Buffer {
  const input = join(dir, `${name}.docx`);
  writeFileSync(input, docx);
  execFileSync(office!, [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, input], { stdio: 'pipe', timeout: 120_000 });
  const out = join(dir, `${name}.pdf`);
  expect(existsSync(out), `LibreOffice produced no PDF for ${name}`).toBe(true);
  return readFileSync(out);
}

describe.skipIf(!office)('DOCX exports open in LibreOffice', () => {
  it('converts a checklist and a decision record to PDF headless, with their text intact', async () => {
    const checklist = await exportChecklistFile({ vendor: 'Acme AI', answers: { 'data-use': { status: 'red-flag', notes: 'opt-out only', evidence: 'https://acme.example/terms' } } }, 'docx');
    const decision = await exportDecisionFile({ monthlySpendGBP: 3000, spendPredictable: true, dataClassification: 'personal', residencyRequired: true, gpuCapability: 'some', fineTuning: 'none', stage: 'production', frontierReasoning: false, sovereigntyProcurement: false }, 'docx');
    if (!checklist.ok || !decision.ok) throw new Error('export failed');
    const a = (await readPdf(convertToPdf(checklist.data, 'checklist'))).text;
    expect(a).toContain('Vendor checklist: Acme AI');
    expect(a).toContain('opt-out only');
    const b = (await readPdf(convertToPdf(decision.data, 'decision'))).text;
    expect(b).toContain('Recommendation: Self-hosted');
  }, 240_000);
});
