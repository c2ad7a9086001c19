import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EVAL_SET_CHOICES, type EvalSetChoice } from '../../knowledge/eval/sets.ts';
import { QUESTIONNAIRE_FORMATS, type QuestionnaireFormat } from '../../workflows/questionnaire/send/rows.ts';
import { ASSESS_EVAL_SETS, type AssessEvalSet } from '../../workflows/questionnaire/eval/sets.ts';
import { SITUATION_SETS, type SituationSet } from '../../workflows/decision/situation/eval/sets.ts';
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from '../../workflows/export-formats.ts';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** A parsed command line, or the reason it could not be parsed. */
export type ParsedCli =
  | { ok: true; command: 'start' | 'help' }
  | { ok: true; command: 'ask'; question: string; json: boolean }
  | { ok: true; command: 'decide'; input: string; json: boolean }
  | { ok: true; command: 'checklist-questions'; json: boolean }
  | { ok: true; command: 'checklist-export'; input: string; format: ExportFormat; out: string }
  | { ok: true; command: 'checklist-questionnaire'; vendor: string; format: QuestionnaireFormat; out: string }
  | { ok: true; command: 'checklist-assess'; vendor: string; files: string[]; json: boolean }
  | { ok: true; command: 'checklist-assess-eval'; set?: AssessEvalSet; json: boolean }
  | { ok: true; command: 'kb'; action: KbAction; json: boolean; set?: EvalSetChoice; context?: true }
  | { ok: true; command: 'kb-eval-situations'; set?: SituationSet; json: boolean }
  | { ok: true; command: 'jobs'; action: JobsAction; id?: string; json: boolean }
  | { ok: false; error: string };

export const KB_ACTIONS = ['build', 'lint', 'eval', 'gaps'] as const;
/** `kb eval-situations`: the decision-from-text set; its halves are named in workflows/decision/situation/eval. */
export const KB_EVAL_SITUATIONS = 'eval-situations';
export type KbAction = (typeof KB_ACTIONS)[number];
/** `jobs list | failed | retry ID`: the durable queue's jobs, its dead letters, and putting one back. */
export const JOBS_ACTIONS = ['list', 'failed', 'retry'] as const;
export type JobsAction = (typeof JOBS_ACTIONS)[number];


function flags<T extends OptionsConfig>(args: string[], options: T) {
  return parseArgs({ args, options, allowPositionals: true, strict: true });
}

/** `checklist questionnaire|assess|assess-eval`, or undefined for another subcommand. parseArgs errors propagate. */
function parseQuestionnaire(sub: string | undefined, more: string[]): ParsedCli | undefined {
  if (sub === 'questionnaire') {
    const { values, positionals } = flags(more, { vendor: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } });
    if (positionals.length) return { ok: false, error: `checklist questionnaire takes no positional arguments (got "${positionals.join(' ')}")` };
    const missing = (['vendor', 'out'] as const).filter((k) => typeof values[k] !== 'string' || !values[k]?.trim());
    if (missing.length) return { ok: false, error: `checklist questionnaire needs ${missing.map((m) => `--${m}`).join(', ')}` };
    const format = (values.format ?? 'xlsx').toLowerCase();
    if (!(QUESTIONNAIRE_FORMATS as readonly string[]).includes(format)) return { ok: false, error: `--format must be one of ${QUESTIONNAIRE_FORMATS.join(', ')} (got "${format}")` };
    return { ok: true, command: 'checklist-questionnaire', vendor: (values.vendor as string).trim(), format: format as QuestionnaireFormat, out: values.out as string };
  }
  if (sub === 'assess') {
    const { values, positionals } = flags(more, { vendor: { type: 'string' }, file: { type: 'string', multiple: true }, json: { type: 'boolean' } });
    if (positionals.length) return { ok: false, error: `checklist assess takes no positional arguments: give each document with --file (got "${positionals.join(' ')}")` };
    const vendor = values.vendor?.trim();
    if (!vendor) return { ok: false, error: 'checklist assess needs --vendor NAME' };
    if (!values.file?.length) return { ok: false, error: 'checklist assess needs at least one --file PATH' };
    return { ok: true, command: 'checklist-assess', vendor, files: values.file, json: Boolean(values.json) };
  }
  if (sub === 'assess-eval') {
    const { values, positionals } = flags(more, { set: { type: 'string' }, json: { type: 'boolean' } });
    if (positionals.length) return { ok: false, error: 'checklist assess-eval takes no positional arguments' };
    const set = values.set;
    if (set !== undefined && !(ASSESS_EVAL_SETS as readonly string[]).includes(set)) return { ok: false, error: `--set must be one of ${ASSESS_EVAL_SETS.join(', ')} (got "${set}")` };
    return { ok: true, command: 'checklist-assess-eval', ...(set ? { set: set as AssessEvalSet } : {}), json: Boolean(values.json) };
  }
  return undefined;
}

/** Parses argv (without node and the script path). Never throws. */
export function parseCli(argv: string[]): ParsedCli {
  const [command = 'start', ...rest] = argv;
  try {
    switch (command) {
      case 'start':
        if (rest.length) return { ok: false, error: `start takes no arguments (got "${rest.join(' ')}")` };
        return { ok: true, command: 'start' };
      case 'help':
      case '--help':
      case '-h':
        return { ok: true, command: 'help' };
      case 'ask': {
        const { values, positionals } = flags(rest, { json: { type: 'boolean' } });
        const question = positionals.join(' ').trim();
        if (!question) return { ok: false, error: 'ask needs a question, e.g. ai-procurement ask "What is open-weight AI?"' };
        return { ok: true, command: 'ask', question, json: Boolean(values.json) };
      }
      case 'decide': {
        const { values, positionals } = flags(rest, { input: { type: 'string' }, json: { type: 'boolean' } });
        if (positionals.length) return { ok: false, error: `decide takes no positional arguments (got "${positionals.join(' ')}")` };
        if (typeof values.input !== 'string' || !values.input) return { ok: false, error: 'decide needs --input FILE (a JSON file with the decision answers)' };
        return { ok: true, command: 'decide', input: values.input, json: Boolean(values.json) };
      }
      case 'checklist': {
        const [sub, ...more] = rest;
        if (sub === 'questions') {
          const { values, positionals } = flags(more, { json: { type: 'boolean' } });
          if (positionals.length) return { ok: false, error: `checklist questions takes no positional arguments` };
          return { ok: true, command: 'checklist-questions', json: Boolean(values.json) };
        }
        if (sub === 'export') {
          const { values, positionals } = flags(more, { input: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } });
          if (positionals.length) return { ok: false, error: `checklist export takes no positional arguments (got "${positionals.join(' ')}")` };
          const missing = (['input', 'format', 'out'] as const).filter((k) => typeof values[k] !== 'string' || !values[k]);
          if (missing.length) return { ok: false, error: `checklist export needs ${missing.map((m) => `--${m}`).join(', ')}` };
          const format = values.format as string;
          if (!isExportFormat(format)) {
            return { ok: false, error: `--format must be one of ${EXPORT_FORMATS.join(', ')} (got "${format}")` };
          }
          return { ok: true, command: 'checklist-export', input: values.input as string, format, out: values.out as string };
        }
        const questionnaire = parseQuestionnaire(sub, more);
        if (questionnaire) return questionnaire;
        return { ok: false, error: `checklist needs a subcommand: questions, export, questionnaire, assess or assess-eval${sub ? ` (got "${sub}")` : ''}` };
      }
      case 'kb': {
        const [action, ...more] = rest;
        if (action === KB_EVAL_SITUATIONS) {
          const { values, positionals } = flags(more, { set: { type: 'string' }, json: { type: 'boolean' } });
          if (positionals.length) return { ok: false, error: `kb ${action} takes no positional arguments` };
          const set = values.set;
          if (set !== undefined && !(SITUATION_SETS as readonly string[]).includes(set)) return { ok: false, error: `--set must be one of ${SITUATION_SETS.join(', ')} (got "${set}")` };
          return { ok: true, command: 'kb-eval-situations', ...(set ? { set: set as SituationSet } : {}), json: Boolean(values.json) };
        }
        if (!(KB_ACTIONS as readonly string[]).includes(action ?? '')) {
          return { ok: false, error: `kb needs build, lint, eval or gaps (or ${KB_EVAL_SITUATIONS})${action ? ` (got "${action}")` : ''}` };
        }
        const { values, positionals } = flags(more, { json: { type: 'boolean' }, set: { type: 'string' }, context: { type: 'boolean' } });
        if (positionals.length) return { ok: false, error: `kb ${action} takes no positional arguments` };
        const json = Boolean(values.json);
        if (action !== 'eval') {
          const stray = values.set !== undefined ? '--set' : values.context !== undefined ? '--context' : undefined;
          if (stray) return { ok: false, error: `${stray} belongs to kb eval, not kb ${action}` };
          return { ok: true, command: 'kb', action: action as KbAction, json };
        }
        const set = values.set ?? 'all';
        if (!(EVAL_SET_CHOICES as readonly string[]).includes(set)) return { ok: false, error: `--set must be one of ${EVAL_SET_CHOICES.join(', ')} (got "${set}")` };
        return { ok: true, command: 'kb', action: 'eval', json, set: set as EvalSetChoice, ...(values.context ? { context: true as const } : {}) };
      }
      case 'jobs': {
        const [action = 'list', ...more] = rest;
        if (!(JOBS_ACTIONS as readonly string[]).includes(action)) return { ok: false, error: `jobs needs ${JOBS_ACTIONS.join(', ')} (got "${action}")` };
        const { values, positionals } = flags(more, { json: { type: 'boolean' } });
        if (action === 'retry') {
          if (positionals.length !== 1) return { ok: false, error: 'jobs retry needs one job id (see `ai-procurement jobs failed`)' };
          return { ok: true, command: 'jobs', action, id: positionals[0]!, json: Boolean(values.json) };
        }
        if (positionals.length) return { ok: false, error: `jobs ${action} takes no positional arguments` };
        return { ok: true, command: 'jobs', action: action as JobsAction, json: Boolean(values.json) };
      }
      default:
        return { ok: false, error: `unknown command "${command}"` };
    }
  } catch (err) {
    // parseArgs throws on unknown flags and missing flag values; its message names the flag.
    return { ok: false, error: (err as Error).message };
  }
}
