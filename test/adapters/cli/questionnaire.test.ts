import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { parseCli } from '../../../adapters/cli/parse.ts';
import { runCli } from '../../helpers/cli.ts';

describe('checklist questionnaire / assess / assess-eval command lines', () => {
  it('parses each, with its defaults, and names what is missing', () => {
    expect(parseCli(['checklist', 'questionnaire', '--vendor', 'Acme', '--out', 'q.xlsx'])).toEqual({ ok: true, command: 'checklist-questionnaire', vendor: 'Acme', format: 'xlsx', out: 'q.xlsx' });
    expect(parseCli(['checklist', 'questionnaire', '--vendor', 'Acme', '--format', 'pdf', '--out', 'q'])).toMatchObject({ ok: false, error: expect.stringMatching(/xlsx, docx.*pdf/) });
    expect(parseCli(['checklist', 'questionnaire', '--format', 'docx'])).toMatchObject({ ok: false, error: expect.stringMatching(/--vendor, --out/) });
    expect(parseCli(['checklist', 'assess', '--vendor', 'Acme', '--file', 'a.pdf', '--file', 'b.xlsx', '--json'])).toEqual({ ok: true, command: 'checklist-assess', vendor: 'Acme', files: ['a.pdf', 'b.xlsx'], json: true });
    expect(parseCli(['checklist', 'assess', '--vendor', 'Acme'])).toMatchObject({ ok: false, error: expect.stringMatching(/at least one --file/) });
    expect(parseCli(['checklist', 'assess-eval', '--set', 'check'])).toEqual({ ok: true, command: 'checklist-assess-eval', set: 'check', json: false });
    expect(parseCli(['checklist', 'assess-eval', '--set', 'holdout'])).toMatchObject({ ok: false, error: expect.stringMatching(/tune, check/) });
  });

  it('writes a questionnaire file that opens as a zip with the workbook parts', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'quest-'));
    try {
      const r = await runCli(['checklist', 'questionnaire', '--vendor', 'Acme', '--format', 'xlsx', '--out', join(dir, 'q.xlsx')]);
      expect(r.code).toBe(0);
      const zip = await JSZip.loadAsync(await readFile(join(dir, 'q.xlsx')));
      expect(zip.file('xl/workbook.xml')).not.toBeNull();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
