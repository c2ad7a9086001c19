import { describe, expect, it } from 'vitest';
import { parseWorkflowCommand } from '../../../bot/workflows/command-grammar.ts';
import { splitCommandLine } from '../../../bot/command-line.ts';
import { parseWorkflowAction } from '../../../workflows/workflow-action.ts';

const parse = (line: string) => {
  const [sub = '', ...words] = splitCommandLine(line);
  return parseWorkflowCommand(sub, words);
};

describe('the workflow command grammar', () => {
  it('keeps unquoted words as one vendor name, even when the last word is a question id', () => {
    expect(parse('checklist Great Exit')).toEqual({ workflow: 'checklist', action: 'start', vendor: 'Great Exit' });
    expect(parse('checklist Data Use Ltd')).toEqual({ workflow: 'checklist', action: 'start', vendor: 'Data Use Ltd' });
  });

  it('reads a question id only after a quoted name or in the explicit forms', () => {
    expect(parse('checklist "Acme AI" exit')).toEqual({ workflow: 'checklist', action: 'start', vendor: 'Acme AI', questionId: 'exit' });
    expect(parse('checklist Acme AI --question exit')).toMatchObject({ vendor: 'Acme AI', questionId: 'exit' });
    expect(parse('checklist Acme AI q:Exit')).toMatchObject({ vendor: 'Acme AI', questionId: 'exit' });
    expect(() => parse('checklist "Acme AI" exit now')).toThrow(/at most one question id/);
  });

  it('reads the export format off the end, and the keywords only unquoted', () => {
    expect(parse('export Great Exit PDF')).toEqual({ workflow: 'checklist', action: 'export', vendor: 'Great Exit', format: 'pdf' });
    expect(parse('export "Acme PDF"')).toEqual({ workflow: 'checklist', action: 'export', vendor: 'Acme PDF', format: 'docx' });
    expect(parse('export decision markdown')).toEqual({ workflow: 'decision', action: 'export', format: 'md' });
    expect(parse('export compare --format csv')).toEqual({ workflow: 'comparison', action: 'export', format: 'csv' });
    expect(parse('export "compare"')).toMatchObject({ workflow: 'checklist', vendor: 'compare' });
    expect(() => parse('export Acme --format rtf')).toThrow(/not a format/);
    expect(() => parse('export')).toThrow(/say what to export/);
  });

  it('parses the other commands', () => {
    expect(parse('checklist')).toEqual({ workflow: 'checklist', action: 'list' });
    expect(parse('checklist compare')).toEqual({ workflow: 'comparison', action: 'show' });
    expect(parse('decide new')).toEqual({ workflow: 'decision', action: 'restart' });
    expect(parse('questionnaire Data Use Ltd docx')).toEqual({ workflow: 'questionnaire', action: 'export', vendor: 'Data Use Ltd', format: 'docx' });
  });
});

describe('typed action values', () => {
  it('accepts the object or its JSON text, and refuses command strings and unknown fields', () => {
    const a = { workflow: 'checklist', action: 'export', vendor: 'Great Exit', format: 'md' };
    expect(parseWorkflowAction(a)).toEqual(a);
    expect(parseWorkflowAction(JSON.stringify(a))).toEqual(a);
    expect(parseWorkflowAction('export Great Exit md')).toBeUndefined();
    expect(parseWorkflowAction({ ...a, extra: 1 })).toBeUndefined();
    expect(parseWorkflowAction({ workflow: 'status', action: 'export', format: 'md' })).toBeUndefined();
    expect(parseWorkflowAction({ workflow: 'checklist', action: 'start' })).toBeUndefined();
  });
});
