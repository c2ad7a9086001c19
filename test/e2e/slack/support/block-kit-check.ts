/**
 * The Block Kit limits Slack enforces (it answers invalid_blocks / invalid_arguments), checked by the fake Slack
 * API so every test also proves the app never sends something Slack would reject.
 */
type Obj = Record<string, unknown>;

/** The markdown block's limit, for all markdown blocks of one payload together. */
export const MARKDOWN_LIMIT = 12_000;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const textOf = (t: unknown): string => (isObj(t) && typeof t.text === 'string' ? t.text : '');

export function blockKitProblems(blocks: unknown, surface: 'message' | 'modal' | 'home', view?: Obj): string[] {
  const problems: string[] = [];
  const max = surface === 'message' ? 50 : 100;
  if (surface === 'modal') {
    if (!view) return ['no view'];
    if (textOf(view.title).length > 24 || !textOf(view.title)) problems.push('view.title must be 1-24 characters');
    for (const k of ['submit', 'close']) if (view[k] && textOf(view[k]).length > 24) problems.push(`view.${k} over 24 characters`);
    if (typeof view.private_metadata === 'string' && view.private_metadata.length > 3000) problems.push('private_metadata over 3000');
    if (typeof view.callback_id === 'string' && view.callback_id.length > 255) problems.push('callback_id over 255');
  }
  if (blocks === undefined) return problems;
  if (!Array.isArray(blocks)) return [...problems, 'blocks must be an array'];
  if (blocks.length > max) problems.push(`${blocks.length} blocks (max ${max})`);
  // Slack counts every markdown block of one payload against one 12,000-character budget.
  const markdownChars = blocks.reduce((n: number, b: unknown) => n + (isObj(b) && b.type === 'markdown' && typeof b.text === 'string' ? b.text.length : 0), 0);
  if (markdownChars > MARKDOWN_LIMIT) problems.push(`markdown blocks hold ${markdownChars} characters (max ${MARKDOWN_LIMIT} per payload)`);
  const blockIds = new Set<string>();
  blocks.forEach((b: unknown, i) => {
    const at = `blocks[${i}]`;
    if (!isObj(b)) return problems.push(`${at} not an object`);
    if (typeof b.block_id === 'string') {
      if (b.block_id.length > 255) problems.push(`${at}.block_id over 255`);
      if (blockIds.has(b.block_id)) problems.push(`${at}.block_id duplicated`);
      blockIds.add(b.block_id);
    }
    switch (b.type) {
      case 'section':
        if (textOf(b.text).length > 3000) problems.push(`${at}.text over 3000`);
        if (!textOf(b.text) && !Array.isArray(b.fields)) problems.push(`${at} has no text`);
        break;
      case 'header':
        if (textOf(b.text).length > 150) problems.push(`${at} header over 150`);
        break;
      case 'context': {
        const els = Array.isArray(b.elements) ? b.elements : [];
        if (els.length === 0 || els.length > 10) problems.push(`${at} context needs 1-10 elements`);
        els.forEach((e, j) => textOf(e).length > 3000 && problems.push(`${at}.elements[${j}] over 3000`));
        break;
      }
      case 'actions': {
        const els = Array.isArray(b.elements) ? (b.elements as Obj[]) : [];
        if (els.length === 0 || els.length > 25) problems.push(`${at} actions needs 1-25 elements`);
        const ids = new Set<string>();
        els.forEach((e, j) => {
          const id = String(e.action_id ?? '');
          if (id.length > 255) problems.push(`${at}.elements[${j}].action_id over 255`);
          if (id && ids.has(id)) problems.push(`${at}.elements[${j}].action_id duplicated`);
          ids.add(id);
          if (e.type === 'button') {
            if (textOf(e.text).length > 75) problems.push(`${at}.elements[${j}] button text over 75`);
            if (typeof e.value === 'string' && e.value.length > 2000) problems.push(`${at}.elements[${j}] value over 2000`);
          }
        });
        break;
      }
      case 'input': {
        if (surface !== 'modal') problems.push(`${at} input blocks only in modals`);
        if (textOf(b.label).length > 2000 || !textOf(b.label)) problems.push(`${at}.label must be 1-2000`);
        if (b.hint && textOf(b.hint).length > 2000) problems.push(`${at}.hint over 2000`);
        const el = isObj(b.element) ? b.element : {};
        const options = Array.isArray(el.options) ? (el.options as Obj[]) : [];
        if (el.type === 'radio_buttons' && options.length > 10) problems.push(`${at} radio over 10 options`);
        if (el.type === 'static_select' && options.length > 100) problems.push(`${at} select over 100 options`);
        options.forEach((o, j) => {
          if (textOf(o.text).length > 75) problems.push(`${at} option ${j} text over 75`);
          if (String(o.value ?? '').length > 150) problems.push(`${at} option ${j} value over 150`);
        });
        break;
      }
      case 'markdown':
        if (typeof b.text !== 'string' || !b.text) problems.push(`${at} markdown needs text`);
        if (surface !== 'message') problems.push(`${at} markdown blocks only in messages`);
        break;
      case 'context_actions': {
        const els = Array.isArray(b.elements) ? (b.elements as Obj[]) : [];
        if (els.length === 0 || els.length > 5) problems.push(`${at} context_actions needs 1-5 elements`);
        els.forEach((e, j) => problems.push(...contextActionProblems(e, `${at}.elements[${j}]`)));
        break;
      }
      case 'divider':
      case 'image':
      case 'rich_text':
        break;
      default:
        problems.push(`${at} unknown block type ${String(b.type)}`);
    }
    return undefined;
  });
  return problems;
}

/** A feedback_buttons or icon_button element, as Slack checks it. */
function contextActionProblems(e: Obj, at: string): string[] {
  const problems: string[] = [];
  const id = String(e.action_id ?? '');
  if (!id || id.length > 255) problems.push(`${at}.action_id must be 1-255 characters`);
  if (e.type === 'feedback_buttons') {
    for (const side of ['positive_button', 'negative_button']) {
      const button = isObj(e[side]) ? e[side] : undefined;
      if (!button) {
        problems.push(`${at}.${side} missing`);
        continue;
      }
      const text = isObj(button.text) ? button.text : {};
      if (text.type !== 'plain_text' || !textOf(text) || textOf(text).length > 75) problems.push(`${at}.${side}.text must be plain_text of 1-75 characters`);
      if (typeof button.value !== 'string' || !button.value || button.value.length > 2000) problems.push(`${at}.${side}.value must be 1-2000 characters`);
      if (typeof button.accessibility_label === 'string' && button.accessibility_label.length > 75) problems.push(`${at}.${side}.accessibility_label over 75`);
    }
  } else if (e.type !== 'icon_button') problems.push(`${at} ${String(e.type)} is not allowed in context_actions`);
  return problems;
}
