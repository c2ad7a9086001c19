/**
 * `npm run teams:package`: writes the Microsoft Teams app package (dist/ai-procurement-teams.zip) to sideload
 * in Teams or upload in the Teams Developer Portal. The bot id comes from MICROSOFT_APP_ID (a placeholder
 * GUID when unset); links in the manifest come from flags or PUBLIC_BASE_URL.
 *
 *   npm run teams:package -- [--out FILE] [--app-id GUID] [--developer-name NAME]
 *                            [--website-url URL] [--privacy-url URL] [--terms-url URL] [--version X.Y.Z]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { readEnvironment } from '../bot/config/env.ts';
import { isAppError } from '../bot/errors.ts';
import { buildAppPackage } from '../adapters/teams/package/build-package.ts';
import { isGuid, PLACEHOLDER_APP_ID } from '../adapters/teams/package/manifest.ts';

export const DEFAULT_PACKAGE_PATH = 'dist/ai-procurement-teams.zip';

export interface PackageIO {
  cwd: string;
  env: Record<string, string | undefined>;
  out: (line: string) => void;
  err: (line: string) => void;
}

function httpsUrl(value: string | undefined): string | undefined {
  return value && /^https:\/\//.test(value) ? value.replace(/\/+$/, '') : undefined;
}

/** Runs the packager; returns the exit code (0 written, 1 invalid manifest, 2 bad arguments). */
export async function runTeamsPackage(argv: string[], io: PackageIO): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        out: { type: 'string' },
        'app-id': { type: 'string' },
        'developer-name': { type: 'string' },
        'website-url': { type: 'string' },
        'privacy-url': { type: 'string' },
        'terms-url': { type: 'string' },
        version: { type: 'string' },
      },
    }));
  } catch (err) {
    io.err(`teams:package: ${(err as Error).message}`);
    return 2;
  }
  const appId = values['app-id'] ?? (io.env.MICROSOFT_APP_ID || undefined);
  if (appId && !isGuid(appId)) {
    io.err(`teams:package: the app id must be the bot registration's GUID (MICROSOFT_APP_ID), e.g. ${PLACEHOLDER_APP_ID}; got "${appId}"`);
    return 2;
  }
  if (!appId) io.err(`teams:package: MICROSOFT_APP_ID is not set; using the placeholder ${PLACEHOLDER_APP_ID}. Set it before uploading to Teams.`);

  const site = httpsUrl(values['website-url']) ?? httpsUrl(io.env.PUBLIC_BASE_URL);
  if (!site) io.err('teams:package: no https website URL (--website-url or PUBLIC_BASE_URL); using https://example.com placeholders in the manifest.');
  const website = site ?? 'https://example.com/ai-procurement';
  const pkg = JSON.parse(readFileSync(resolve(io.cwd, 'package.json'), 'utf8')) as { version?: string };
  const publicHost = httpsUrl(io.env.PUBLIC_BASE_URL) ? new URL(io.env.PUBLIC_BASE_URL as string).host : undefined;

  try {
    const { zip } = await buildAppPackage({
      appId,
      version: values.version ?? pkg.version ?? '1.0.0',
      developer: {
        name: values['developer-name'] ?? 'ai-procurement',
        websiteUrl: website,
        privacyUrl: values['privacy-url'] ?? `${website}/privacy`,
        termsOfUseUrl: values['terms-url'] ?? `${website}/terms`,
      },
      validDomains: publicHost ? [publicHost] : [],
    });
    const target = resolve(io.cwd, values.out ?? DEFAULT_PACKAGE_PATH);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, zip);
    io.out(`Wrote ${target} (${zip.length} bytes): manifest.json, color.png, outline.png. Upload it in Teams > Apps > Manage your apps > Upload an app.`);
    return 0;
  } catch (err) {
    io.err(`teams:package: ${isAppError(err) ? err.detail : (err as Error).message}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const cwd = process.cwd();
  const code = await runTeamsPackage(process.argv.slice(2), {
    cwd,
    env: readEnvironment(cwd),
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
  process.exitCode = code;
}
