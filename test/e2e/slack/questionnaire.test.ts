import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { CHECKLIST_IDS } from '../../../workflows/checklist/questions.ts';
import { useHarness, type Harness } from './support/harness.ts';
import { CHANNEL, slashCommand } from './support/payloads.ts';
import { postForm } from './support/signing.ts';

let h: Harness;
useHarness((x) => (h = x));

describe('/ai-procurement questionnaire <vendor> [xlsx|docx]', () => {
  it('uploads the questionnaire as a workbook with the twelve questions, named after the vendor', async () => {
    await postForm(h.eventsUrl, slashCommand('questionnaire Acme AI', h.responseUrl()));
    const getUrl = await h.fake.waitFor('files.getUploadURLExternal');
    expect(String(getUrl.args.filename)).toBe('ai-vendor-questionnaire-acme-ai.xlsx');
    const complete = await h.fake.waitFor('files.completeUploadExternal');
    expect(complete.args.channel_id).toBe(CHANNEL);
    expect(String(complete.args.initial_comment)).toMatch(/vendor questionnaire for Acme AI as a spreadsheet/);
    const upload = h.fake.uploads.find((u) => u.fileId === String(getUrl.result?.file_id));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(upload!.bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getColumn(1).values.slice(2)).toEqual([...CHECKLIST_IDS]);
  });

  it('takes docx, and asks for a vendor when none is given', async () => {
    await postForm(h.eventsUrl, slashCommand('questionnaire Globex docx', h.responseUrl()));
    const getUrl = await h.fake.waitFor('files.getUploadURLExternal', (c) => String(c.args.filename).includes('globex'));
    expect(String(getUrl.args.filename)).toBe('ai-vendor-questionnaire-globex.docx');
    await postForm(h.eventsUrl, slashCommand('questionnaire', h.responseUrl()));
    const said = await h.fake.waitForResponse((r) => /say which vendor/.test(JSON.stringify(r)));
    expect(JSON.stringify(said)).toContain('questionnaire &lt;vendor&gt; [xlsx|docx]');
  });
});
