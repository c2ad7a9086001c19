import type { z } from 'zod';

/**
 * Turns zod issues into one sentence per problem, each naming the field, so a CLI user or a form sees
 * every mistake at once (`monthlySpendGBP: must be a number >= 0, got -5`).
 */
export function formatProblems(error: z.ZodError): string[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String).join('.');
    // One problem per unknown key, each named at its own path, like every other problem.
    if (issue.code === 'unrecognized_keys') return issue.keys.map((k) => `${path ? `${path}.` : ''}${k}: unknown field`);
    return [`${path || '(input)'}: ${describeIssue(issue)}`];
  });
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return typeof v === 'object' ? 'an object' : typeof v;
}

const article = (word: string) => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;

function describeIssue(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `is required (${issue.expected === 'boolean' ? 'true or false' : article(issue.expected)})`;
      return `must be ${issue.expected === 'boolean' ? 'true or false' : article(issue.expected)}, got ${kindOf(input)}`;
    case 'invalid_value':
      if (input === undefined) return `is required (one of ${issue.values.map((v) => `"${String(v)}"`).join(', ')})`;
      return `must be one of ${issue.values.map((v) => `"${String(v)}"`).join(', ')}, got ${kindOf(input)}`;
    case 'too_small':
      return `must be ${issue.inclusive === false ? '>' : '>='} ${String(issue.minimum)}, got ${kindOf(input)}`;
    case 'too_big':
      return `must be ${issue.inclusive === false ? '<' : '<='} ${String(issue.maximum)}, got ${kindOf(input)}`;
    default:
      return issue.message;
  }
}

/** safeParse with the offending input kept on each issue, so messages can quote it. */
export function validate<T>(schema: z.ZodType<T>, input: unknown): { ok: true; value: T } | { ok: false; problems: string[] } {
  const parsed = schema.safeParse(input, { reportInput: true });
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problems: formatProblems(parsed.error) };
}
