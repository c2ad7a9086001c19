/**
 * A name as a padded token string, so "Llama-4", "llama4" and "LLaMA 4" all read " llama 4 ", and a name can be
 * looked up inside a text with `includes` on whole tokens only: " gpt 5 " is not found in " gpt 5.2 ".
 * Tokens are runs of letters, figures with their decimal points ("5.2", "4.6") or mixture sizes ("8x22b");
 * everything else separates.
 */
export function normalizeName(text: string): string {
  const tokens = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .match(/\d+x\d+[a-z]?|[a-z]+|\d+(?:\.\d+)*/g);
  return tokens ? ` ${tokens.join(' ')} ` : ' ';
}

/**
 * Where a normalised name stands in a text as someone typed it: " deepseek r 1 " finds "DeepSeek R1", "deepseek-r1"
 * and "deepseek/r1", never the inside of a longer word or figure.
 */
export function writtenName(form: string): RegExp {
  const tokens = form.trim().split(' ').filter(Boolean).map((t) => t.replace(/[.]/g, '\\.'));
  return new RegExp(`(?<![a-z0-9])${tokens.join('[\\s._/-]*')}(?![a-z0-9])`, 'i');
}
