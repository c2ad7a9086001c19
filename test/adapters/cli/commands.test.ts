import { describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { REPO_ROOT, runCli } from '../../helpers/cli.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const EXAMPLES = join(REPO_ROOT, 'examples');

describe('ask', () => {
  it('--json prints exactly one object with the documented fields and a cited, grounded answer', async () => {
    const r = await runCli(['ask', 'What does the Llama 4 licence require us to display?', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(out).sort()).toEqual(['answer', 'answered', 'citations', 'confidence', 'mode', 'unknown']);
    expect(out).toMatchObject({ answered: true, mode: 'extractive' });
    expect(out.answer).toMatch(/Built with Llama/);
    expect(out.answer).toMatch(/\[1\]/);
    const citations = out.citations as { n: number; id: string; title: string; url: string | null }[];
    expect(citations[0]).toMatchObject({ n: 1, id: 'llama-4-licence' });
    expect(citations[0]?.url).toMatch(/^https:\/\//);
    expect(out.confidence).toBeGreaterThan(0.45);
  });

  it('says plainly when it has no grounded answer', async () => {
    const r = await runCli(['ask', 'Who won the football last night?', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { answered: boolean; answer: string; citations: unknown[] };
    expect(out.answered).toBe(false);
    expect(out.answer).toMatch(/I don't have a grounded answer/);
    expect(out.citations).toEqual([]);
  });
});

describe('decide', () => {
  it('--json prints the recommendation, factor verdicts, costs and citations', async () => {
    const r = await runCli(['decide', '--input', join(EXAMPLES, 'decision.json'), '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { recommendation: string; factors: { factor: string; verdict: string; reason: string }[]; costs: object; citations: { n: number }[] };
    expect(['closed', 'self-hosted', 'hybrid']).toContain(out.recommendation);
    expect(out.factors.map((f) => f.factor)).toEqual(
      expect.arrayContaining(['Data sovereignty', 'Customisation depth', 'Cost predictability', 'Support burden', 'Regulatory positioning']),
    );
    expect(out.costs).toBeTypeOf('object');
    expect(out.citations.length).toBeGreaterThan(0);
  });

  it('without --json prints readable next steps, each with the number of its source', async () => {
    const json = JSON.parse((await runCli(['decide', '--input', join(EXAMPLES, 'decision.json'), '--json'])).stdout) as { nextSteps: { text: string; card: string }[]; citations: { n: number; id: string }[] };
    const r = await runCli(['decide', '--input', join(EXAMPLES, 'decision.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('[object Object]');
    const section = r.stdout.split('Next steps:\n')[1]!.split('\n\n')[0]!.split('\n');
    expect(json.nextSteps.length).toBeGreaterThan(0);
    expect(section).toHaveLength(json.nextSteps.length);
    json.nextSteps.forEach((step, i) => {
      const n = json.citations.find((c) => c.id === step.card)?.n;
      expect(section[i]).toBe(`  ${i + 1}. ${step.text}${n ? ` [${n}]` : ''}`);
    });
    expect(r.stdout).toMatch(/Sources:\n {2}\[1\] /);
  });

  it('exits 2 and names every problem with invalid input', async () => {
    const dir = await tempDir('aip-decide-');
    const file = join(dir, 'bad.json');
    await writeFile(file, JSON.stringify({ monthlySpendGBP: -5, dataClassification: 'secret' }));
    const r = await runCli(['decide', '--input', file, '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    for (const field of ['monthlySpendGBP', 'dataClassification', 'spendPredictable', 'gpuCapability', 'stage']) expect(r.stderr).toContain(field);
  });

  it('exits 2 on a file that is not JSON, naming the file', async () => {
    const dir = await tempDir('aip-decide-');
    const file = join(dir, 'notjson.json');
    await writeFile(file, '{ nope');
    const r = await runCli(['decide', '--input', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('notjson.json is not valid JSON');
  });
});

describe('checklist', () => {
  it('questions --json lists the twelve questions with stable ids', async () => {
    const r = await runCli(['checklist', 'questions', '--json']);
    expect(r.code).toBe(0);
    const qs = JSON.parse(r.stdout) as { id: string; question: string }[];
    expect(qs.map((q) => q.id)).toEqual([
      'data-use', 'processor-role', 'data-location', 'security-assurance', 'model-provenance', 'incident-notification',
      'model-change', 'evaluation-bias', 'human-oversight', 'ip-indemnity', 'sla-limits', 'exit',
    ]);
    expect(qs.every((q) => q.question.endsWith('?'))).toBe(true);
  });

  it('export writes a real DOCX that reads back with the vendor, the red flag and the notes', async () => {
    const out = join(await tempDir('aip-export-'), 'acme.docx');
    const r = await runCli(['checklist', 'export', '--input', join(EXAMPLES, 'checklist.json'), '--format', 'docx', '--out', out]);
    expect(r.code).toBe(0);
    const zip = await JSZip.loadAsync(await readFile(out));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const text = xml.replace(/<[^>]+>/g, ' ');
    expect(text).toContain('Acme AI');
    expect(text).toContain('Best efforts only; no contractual window.');
    expect(text).toMatch(/red.flag/i);
  });

  it('export exits 2 naming each unknown id and status', async () => {
    const dir = await tempDir('aip-export-');
    const input = join(dir, 'bad.json');
    await writeFile(input, JSON.stringify({ vendor: 'X', answers: { bogus: { status: 'satisfactory' }, exit: { status: 'great' } } }));
    const r = await runCli(['checklist', 'export', '--input', input, '--format', 'md', '--out', join(dir, 'x.md')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown question id "bogus"');
    expect(r.stderr).toContain('unknown status "great"');
  });
});

describe('kb', () => {
  it('gaps lists what the bot could not answer, most asked first, for the knowledge owners', async () => {
    const dir = await tempDir('aip-gaps-');
    const env = { DATABASE_URL: `sqlite://${join(dir, 'state.db')}` };
    for (const q of ['Who won the football last night?', 'who won the football last night? ', 'What is the capital of Peru?']) {
      expect((await runCli(['ask', q, '--json'], { env })).code).toBe(0);
    }
    await runCli(['ask', 'What does the Llama 4 licence require us to display?', '--json'], { env });
    const r = await runCli(['kb', 'gaps', '--json'], { env });
    expect(r.code).toBe(0);
    const gaps = JSON.parse(r.stdout) as { question: string; count: number; workspaces: number }[];
    expect(gaps.map((g) => [g.question.toLowerCase(), g.count])).toEqual([
      ['who won the football last night?', 2],
      ['what is the capital of peru?', 1],
    ]);
    const human = await runCli(['kb', 'gaps'], { env });
    expect(human.stdout).toMatch(/^\s+2\s+1\s+\d{4}-\d{2}-\d{2}\s+who won the football last night\?/im);
  });

  it('eval grades the repo\'s own sets: answers by kind, refusals, a threshold sweep and the retrieval table', async () => {
    const r = await runCli(['kb', 'eval', '--set', 'dev', '--json'], { timeoutMs: 120_000 });
    expect(r.code).toBe(0);
    const { sets } = JSON.parse(r.stdout) as { sets: { set: string; answers: { questions: number; answerable: { rightFacts: number }; threshold: { current: number; sweep: unknown[] }; graded?: unknown[] }; retrieval: { modes: { mode: string }[] } }[] };
    expect(sets.map((s) => s.set)).toEqual(['dev']);
    expect(sets[0]!.answers.questions).toBe(30);
    expect(sets[0]!.answers.answerable.rightFacts).toBeGreaterThan(0);
    expect(sets[0]!.answers.threshold.sweep.length).toBeGreaterThan(5);
    expect(sets[0]!.answers.graded).toHaveLength(30);
    expect(sets[0]!.retrieval.modes.map((m) => m.mode)).toEqual(['bm25', 'dense', 'fused']);
  });

  it('eval on the check half prints figures but never the ids of the questions it missed', async () => {
    const r = await runCli(['kb', 'eval', '--set', 'check'], { timeoutMs: 120_000 });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Answers, set "check": \d+ questions/);
    expect(r.stdout).toMatch(/near-miss/);
    expect(r.stdout).toContain('question ids are not shown for this set');
    expect(r.stdout).not.toMatch(/\b(num|def|yn|sw|cmp|list|rf|vq|fu|scn|off|inj|nm-\w+)-\d{3}\b/);
  });

  it('lint passes on the shipped cards', async () => {
    const r = await runCli(['kb', 'lint', '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { ok: boolean; cards: number; errors: unknown[] };
    expect(report.ok).toBe(true);
    expect(report.cards).toBeGreaterThanOrEqual(60);
  });
});
