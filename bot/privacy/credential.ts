/**
 * Access keys and tokens in the shapes well-known services issue: OpenAI and Anthropic ("sk-…"), Slack
 * ("xoxb-…", "xapp-…"), AWS access key ids ("AKIA…"), GitHub ("ghp_…", "github_pat_…"), GitLab ("glpat-…"), Google
 * API keys ("AIza…"), and PEM private key blocks. Not personal data, but a secret a user may paste into a question:
 * the bot neither answers it as a question nor stores it.
 */
const CREDENTIAL = /\b(?:sk-[A-Za-z0-9_-]{8,}|xox[abposr]-[A-Za-z0-9-]{8,}|xapp-[A-Za-z0-9-]{8,}|AKIA[0-9A-Z]{12,}|gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|glpat-[A-Za-z0-9_-]{16,}|AIza[0-9A-Za-z_-]{20,})|-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g;

/** The placeholder a credential is replaced with. */
export const CREDENTIAL_PLACEHOLDER = '[CREDENTIAL]';

/** True when the text holds something shaped like an access key or token. */
export function hasCredential(text: string): boolean {
  CREDENTIAL.lastIndex = 0;
  return CREDENTIAL.test(text);
}

/** The text with every credential-shaped string replaced by the placeholder. */
export function maskCredentials(text: string): string {
  return text.replace(CREDENTIAL, CREDENTIAL_PLACEHOLDER);
}
