/**
 * The Block Kit limits Slack enforces (it answers invalid_blocks / invalid_arguments), checked by the fake Slack
 * API so every test also proves the app never sends something Slack would reject.
 */
type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const textOf = (t: unknown): string => (isObj(t) && typeof t.text === 'string' ? t.text : '');

export function blockKitProblems(blocks: unknown, surface: 'message' | 'modal', view?: Obj): string[] {
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
