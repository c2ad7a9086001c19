import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { loadQuestions, CHECKLIST_IDS } from '../../../workflows/checklist/questions.ts';
import { questionnaireFile } from '../../../workflows/questionnaire/index.ts';
import { readDocument } from '../../../workflows/questionnaire/read/index.ts';

const VENDOR = 'Acme <AI> & "Co"';

describe('the questionnaire to send', () => {
  it('is a clean XLSX: header row, frozen pane, wrapped text, no validation on answer cells, every question', async () => {
    const { questions } = await loadQuestions();
    const file = await questionnaireFile(VENDOR, questions, 'xlsx');
    expect(file.name).toBe('ai-vendor-questionnaire-acme-ai-co.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.data as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'ID', 'Question', 'What a good answer contains', "Vendor's answer", 'Evidence link']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const ids = [];
    for (let r = 2; r <= sheet.rowCount; r += 1) {
      ids.push(sheet.getCell(r, 1).value);
      expect(sheet.getCell(r, 3).alignment?.wrapText).toBe(true);
      expect(String(sheet.getCell(r, 3).value)).not.toMatch(/\[\^/);
      expect(sheet.getCell(r, 4).dataValidation?.type).toBeUndefined();
      expect(sheet.getCell(r, 4).value ?? '').toBe('');
    }
    expect(ids).toEqual([...CHECKLIST_IDS]);
    // The raw parts: well-formed, a frozen pane, and no data validation anywhere.
    const zip = await JSZip.loadAsync(file.data);
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).toMatch(/<pane [^>]*state="frozen"/);
    expect(xml).not.toMatch(/dataValidation/);
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain('Acme &lt;AI&gt; &amp; &quot;Co&quot;');
  });

  it('is a DOCX table with the same columns, readable by mammoth, and reads back as our questionnaire', async () => {
    const { questions } = await loadQuestions();
    const file = await questionnaireFile(VENDOR, questions, 'docx');
    const { value } = await mammoth.extractRawText({ buffer: file.data });
    for (const q of questions) expect(value).toContain(q.question);
    expect(value).toContain('Evidence link');
    const doc = await readDocument(file.data, file.name);
    // Unfilled: the answer cells are empty, so no passage carries a row question.
    expect(doc.passages.filter((p) => p.question)).toEqual([]);
  });
});
