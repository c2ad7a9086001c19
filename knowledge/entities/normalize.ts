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
