import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { parseCli } from '../../../adapters/cli/parse.ts';
import { REPO_ROOT, runCli } from '../../helpers/cli.ts';

describe('parseCli', () => {
  it('defaults to start and parses every stable subcommand', () => {
    expect(parseCli([])).toEqual({ ok: true, command: 'start' });
    expect(parseCli(['ask', 'What', 'is', 'OLMo?', '--json'])).toEqual({ ok: true, command: 'ask', question: 'What is OLMo?', json: true });
    expect(parseCli(['decide', '--input', 'a.json', '--json'])).toEqual({ ok: true, command: 'decide', input: 'a.json', json: true });
    expect(parseCli(['checklist', 'questions', '--json'])).toEqual({ ok: true, command: 'checklist-questions', json: true });
    expect(parseCli(['checklist', 'export', '--input', 'c.json', '--format', 'pdf', '--out', 'c.pdf'])).toEqual({
      ok: true,
      command: 'checklist-export',
      input: 'c.json',
      format: 'pdf',
      out: 'c.pdf',
    });
    expect(parseCli(['kb', 'lint'])).toEqual({ ok: true, command: 'kb', action: 'lint', json: false });
  });

  it('names what is wrong with a bad command line', () => {
    expect(parseCli(['ask'])).toMatchObject({ ok: false, error: expect.stringMatching(/needs a question/) });
    expect(parseCli(['decide'])).toMatchObject({ ok: false, error: expect.stringMatching(/--input FILE/) });
    expect(parseCli(['checklist', 'export', '--format', 'xls'])).toMatchObject({ ok: false, error: expect.stringMatching(/--input, --out/) });
    expect(parseCli(['checklist', 'export', '--input', 'a', '--out', 'b', '--format', 'xls'])).toMatchObject({ ok: false, error: expect.stringMatching(/docx, pdf, md, csv.*xls/) });
    expect(parseCli(['kb', 'rebuild'])).toMatchObject({ ok: false, error: expect.stringMatching(/build, lint, eval or gaps.*rebuild/) });
    expect(parseCli(['ask', 'q', '--jsn'])).toMatchObject({ ok: false, error: expect.stringMatching(/--jsn/) });
    expect(parseCli(['frobnicate'])).toMatchObject({ ok: false, error: 'unknown command "frobnicate"' });
  });
});

describe('parseCli kb eval --set', () => {
  it('takes a set name or all (the default), and only for kb eval', () => {
    expect(parseCli(['kb', 'eval'])).toEqual({ ok: true, command: 'kb', action: 'eval', json: false, set: 'all' });
    expect(parseCli(['kb', 'eval', '--set', 'tune', '--json'])).toEqual({ ok: true, command: 'kb', action: 'eval', json: true, set: 'tune' });
    expect(parseCli(['kb', 'eval', '--set', 'train'])).toMatchObject({ ok: false, error: expect.stringMatching(/tune, check, dev, fresh, blind-tune, blind-check, blind2, blind3-tune, blind3-check, blind4-tune, blind4-check, blind5-tune, blind5-check, blind6, blind7-tune, blind7-check, blind8-tune, blind8-check, blind9, blind10, blind11, blind12-tune, blind12-check, blind13-tune, blind13-check, blind14-tune, blind14-check, blind15-tune, blind15-check, blind16-tune, blind16-check, blind17-tune, blind17-check, blind18-tune, blind18-check, blind19-tune, blind19-check, blind20-tune, blind20-check, blind21-tune, blind21-check, blind22-tune, blind22-check, blind23-tune, blind23-check, blind24-tune, blind24-check, blind25-tune, blind25-check, blind26-tune, blind26-check, blind27-tune, blind27-check, blind28-tune, blind28-check, blind29-tune, blind29-check, blind30-tune, blind30-check, blind31-tune, blind31-check, blind32-tune, blind32-check, blind33-tune, blind33-check, blind34-tune, blind34-check, blind35-tune, blind35-check, blind36-tune, blind36-check, blind37-tune, blind37-check, blind38-tune, blind38-check, blind39-tune, blind39-check, blind40-tune, blind40-check, blind41-tune, blind41-check, blind42-tune, blind42-check, blind43-tune, blind43-check, blind44-tune, blind44-check, blind45-tune, blind45-check, blind46-tune, blind46-check, blind47-tune, blind47-check, blind48-tune, blind48-check, blind49-tune, blind49-check, blind50-tune, blind50-check, blind51-tune, blind51-check, blind52-tune, blind52-check, blind53-tune, blind53-check, blind54-tune, blind54-check, blind55-tune, blind55-check, blind56-tune, blind56-check, blind57-tune, blind57-check, blind58-tune, blind58-check, blind59-tune, blind59-check, blind60-tune, blind60-check, blind61-tune, blind61-check, guard-tune, guard-check, guard2-tune, guard2-check, guard3-tune, guard3-check, all.*train/) });
    expect(parseCli(['kb', 'lint', '--set', 'tune'])).toMatchObject({ ok: false, error: expect.stringMatching(/--set belongs to kb eval/) });
    expect(parseCli(['kb', 'eval', '--set', 'fresh', '--context'])).toEqual({ ok: true, command: 'kb', action: 'eval', json: false, set: 'fresh', context: true });
    expect(parseCli(['kb', 'lint', '--context'])).toMatchObject({ ok: false, error: expect.stringMatching(/--context belongs to kb eval/) });
  });
});

describe('the ai-procurement binary', () => {
  it('prints usage and exits 2 on an unknown command', async () => {
    const r = await runCli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "frobnicate"');
    expect(r.stderr).toContain('checklist export --input FILE');
    expect(r.stdout).toBe('');
  });

  it('prints usage on help and exits 0', async () => {
    const r = await runCli(['help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('kb eval');
  });

  it('npm run -s passes arguments through unchanged and keeps stdout for the command alone', async () => {
    const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn('npm', ['run', '-s', 'checklist', '--', 'export', '--format', 'xls', '--input', 'x', '--out', 'y'], {
        cwd: REPO_ROOT,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'silent' },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--format must be one of docx, pdf, md, csv (got "xls")');
    expect(r.code).not.toBe(0);
  });
});
