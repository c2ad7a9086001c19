import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CHECKLIST_IDS, loadQuestions } from '../../../workflows/checklist/questions.ts';
import { assessFiles, readDocument } from '../../../workflows/questionnaire/index.ts';
import { squash } from '../../../workflows/questionnaire/read/passage.ts';
import { DOCUMENTS_DIR } from '../../../workflows/questionnaire/eval/sets.ts';
import { runAssessEval } from '../../../workflows/questionnaire/eval/run.ts';
import { runCli } from '../../helpers/cli.ts';

describe('checklist assess', () => {
  it('--json gives all twelve ids, quotes found word for word, and silent questions unanswered', async () => {
    const r = await runCli(['checklist', 'assess', '--vendor', 'Helix', '--file', join(DOCUMENTS_DIR, 't4-helix-security.pdf'), '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { vendor: string; answers: Record<string, { status: string; evidence: { quote: string; location: string }[]; reason: string }> };
    expect(out.vendor).toBe('Helix');
    expect(Object.keys(out.answers)).toEqual([...CHECKLIST_IDS]);
    const doc = await readDocument(await readFile(join(DOCUMENTS_DIR, 't4-helix-security.pdf')), 't4-helix-security.pdf');
    for (const a of Object.values(out.answers)) {
      for (const e of a.evidence) {
        expect(squash(doc.text)).toContain(squash(e.quote));
        expect(e.location).toMatch(/^t4-helix-security\.pdf, page \d+$/);
      }
      if (a.status === 'unanswered') expect(a.evidence).toEqual([]);
    }
    expect(out.answers['ip-indemnity']).toMatchObject({ status: 'unanswered', evidence: [] });
    expect(out.answers['model-provenance']?.status).toBe('red-flag');
  });

  it('reads a vendor\'s own questionnaire by meaning: rows we do not ask map to nothing', async () => {
    const { questions } = await loadQuestions();
    const file = 't6-cobalt-own.xlsx';
    const a = await assessFiles('Cobalt', [{ name: file, data: await readFile(join(DOCUMENTS_DIR, file)) }], questions);
    const quoted = Object.values(a.answers).flatMap((x) => x.evidence.map((e) => e.quote));
    expect(quoted.join(' ')).not.toMatch(/incorporated 2019|Approximately 85|Berlin and Lisbon\./);
    expect(a.answers['model-provenance']?.evidence[0]).toEqual({ quote: 'Mistral Small 3.1, trained by Mistral AI, used under the Apache 2.0 licence.', location: `${file}, sheet Vendor Security Questionnaire, cell D9` });
  });

  it('on the labelled set: no unfound quote in either half, no silent question given a status in the tune half', async () => {
    const { questions } = await loadQuestions();
    const tune = await runAssessEval('tune', questions);
    const check = await runAssessEval('check', questions);
    expect(tune.quotesNotFound + check.quotesNotFound).toBe(0);
    expect(tune.silentGivenStatus).toBe(0);
    expect(tune.documents + check.documents).toBeGreaterThanOrEqual(12);
  }, 60_000);
});
