import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { exportChecklistFile } from '../../../workflows/api.ts';
import { STATUS_LABELS } from '../../../workflows/checklist/statuses.ts';
import type { ChecklistQuestion } from '../../../workflows/checklist/questions.ts';
import type { ChecklistStatus, VendorChecklist } from '../../../workflows/store.ts';

export const NOW = new Date('2026-03-02T10:30:00Z');
export const EXAMPLE = JSON.parse(readFileSync(fileURLToPath(new URL('../../../examples/checklist.json', import.meta.url)), 'utf8')) as {
  vendor: string;
  answers: Record<string, { status: string; notes?: string; evidence?: string }>;
};
export const LABELS = Object.values(STATUS_LABELS);

/** Notes the way people paste them: long, with a URL, a Markdown link and a word too long for any column. */
export const LONG_NOTES = [
  'Their DPA (v3.2, signed 2025-11-04) says processing stays in eu-west-1 but the sub-processor annex lists a US support desk.',
  'See [the annex](https://evil.example/annex) and https://evil.example/raw for the text; www.evil.example/mirror has a copy.',
  'Reference: Supercalifragilisticexpialidocious-processing-agreement-v3-annex-b-subprocessors-list-2025.',
  ...Array.from({ length: 14 }, (_, i) => `Point ${i + 1}: the retention schedule, breach window and audit rights need our counsel's review before signature.`),
].join(' ').slice(0, 1990);

/** A hostile vendor name: a host, a scheme, a Markdown link and a bidi override. */
export const HOSTILE_VENDOR = 'www.evil.example [Acme](https://evil.example/x) \u202Egnp.exe';

export async function exportFile(input: unknown, format: string) {
  const out = await exportChecklistFile(input, format, { now: NOW });
  if (!out.ok) throw new Error(out.problems.join('; '));
  return out.data;
}

/** The example with every status, long notes on the red flag and a hostile vendor: a table over several pages. */
export const STRESS = {
  vendor: HOSTILE_VENDOR,
  answers: {
    ...EXAMPLE.answers,
    'incident-notification': { status: 'red-flag', notes: LONG_NOTES, evidence: 'https://acme.example/dpa?v=3&annex=b' },
    'data-location': { status: 'concern', notes: `${LONG_NOTES.slice(0, 900)}\nSecond line of the note.` },
    exit: { status: 'concern', notes: LONG_NOTES.slice(0, 1500) },
  },
};

const CYCLE: ChecklistStatus[] = ['satisfactory', 'concern', 'red-flag', 'n/a', 'unanswered'];

/** `count` vendors whose statuses cycle through all five, for comparisons too wide for a portrait page. */
export function vendorLists(questions: ChecklistQuestion[], names: string[]): VendorChecklist[] {
  const author = { id: 'U1', name: 'Dana Buyer' };
  return names.map((vendor, v) => ({
    vendor,
    vendorKey: vendor.toLowerCase(),
    createdBy: author,
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
    answers: questions.flatMap((q, i) => {
      const status = CYCLE[(i * 7 + v * 3) % CYCLE.length]!;
      return status === 'unanswered' ? [] : [{ questionId: q.id, status, notes: `note ${i + 1}`, answeredBy: author, answeredAt: NOW.toISOString() }];
    }),
  }));
}

/**
 * Status labels a layout broke: a label must appear whole on one line. Returns each label whose whole-word count
 * in the text is lower than expected, and every line that ends with the start of a label (a split).
 */
export function brokenLabels(text: string, expected: Record<string, number>): string[] {
  const problems: string[] = [];
  for (const [label, n] of Object.entries(expected)) {
    const whole = text.split(label).length - 1;
    if (whole < n) problems.push(`${label}: ${whole} whole of ${n}`);
  }
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    for (const label of LABELS) {
      for (let k = 3; k < label.length; k++) {
        const head = label.slice(0, k);
        const tail = label.slice(k).trimStart();
        if (line.trimEnd().endsWith(head) && !line.trimEnd().endsWith(label) && (lines[i + 1] ?? '').trimStart().startsWith(tail)) {
          problems.push(`line ${i + 1} splits "${label}": "${line.slice(-20)}" / "${(lines[i + 1] ?? '').slice(0, 20)}"`);
        }
      }
    }
  });
  return problems;
}
