import { squash, type Passage } from './passage.ts';

export interface TableCell {
  text: string;
  /** Where the cell stands: "sheet Security, cell D5" or "table 2, row 4". */
  ref: string;
}

export type TableRows = TableCell[][];

const QUESTION_HEADER = /\b(question|requirement|control|item|topic|query|ask)s?\b/i;
const ANSWER_HEADER = /\b(answer|response|reply|vendor|supplier|comment|detail|description|explanation)s?\b/i;
const ID_HEADER = /^(#|no\.?|ref(erence)?|id|q\.?\s*id|question id|item id)$/i;

interface Columns { header: number; question: number; answers: number[]; id: number }

/** The header row naming a question column and at least one answer column, within the first rows. */
function findColumns(rows: TableRows): Columns | undefined {
  for (let r = 0; r < Math.min(rows.length, 8); r += 1) {
    const cells = (rows[r] ?? []).map((c) => squash(c.text));
    const question = cells.findIndex((c) => c.length < 60 && QUESTION_HEADER.test(c) && !ANSWER_HEADER.test(c));
    const answers = cells.map((c, i) => (i !== question && c.length < 60 && ANSWER_HEADER.test(c) && !/good answer|guidance|looks like|contains/i.test(c) ? i : -1)).filter((i) => i >= 0);
    if (question >= 0 && answers.length) return { header: r, question, answers, id: cells.findIndex((c) => ID_HEADER.test(c)) };
  }
  return undefined;
}

/**
 * Passages from a table. A questionnaire (a question column and an answer column) gives one passage per answer
 * cell carrying its row's question and id; any other table gives one passage per cell with words in it.
 */
export function tablePassages(rows: TableRows, where: string): Passage[] {
  const cols = findColumns(rows);
  if (!cols) {
    return rows.flat().filter((c) => /\p{L}{3}/u.test(c.text)).map((c) => ({ text: c.text, location: `${where}, ${c.ref}` }));
  }
  const out: Passage[] = [];
  for (const row of rows.slice(cols.header + 1)) {
    const question = squash(row[cols.question]?.text ?? '');
    const rowId = cols.id >= 0 ? squash(row[cols.id]?.text ?? '') : '';
    for (const a of cols.answers) {
      const cell = row[a];
      if (!cell || !/\p{L}/u.test(cell.text)) continue;
      out.push({ text: cell.text, location: `${where}, ${cell.ref}`, ...(question ? { question } : {}), ...(rowId ? { rowId } : {}) });
    }
  }
  return out;
}
