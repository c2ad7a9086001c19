import JSZip from 'jszip';
import { AppError, ErrorCode } from '../../../bot/errors.ts';
import { colorIcon, outlineIcon } from './icons.ts';
import { buildManifest, type ManifestOptions } from './manifest.ts';
import { createAgentHome } from '../../../bot/agent-home.ts';
import { silentLogger } from '../../../bot/logger.ts';
import { validateManifest } from './validate-manifest.ts';

export interface AppPackage {
  zip: Buffer;
  manifest: Record<string, unknown>;
}

/**
 * The Teams app package to sideload or upload: manifest.json, color.png and outline.png at the zip's root.
 * The manifest is validated against the shipped schema first, so a package that Teams would reject is never written.
 * @throws AppError(invalid_input) listing every schema problem.
 */
export async function buildAppPackage(options: ManifestOptions): Promise<AppPackage> {
  // The same suggested prompts Slack's agent_view declares (the defaults, before any conversation).
  const prompts = options.prompts ?? (await createAgentHome({ logger: silentLogger() }).prompts());
  const manifest = buildManifest({ ...options, prompts });
  const problems = validateManifest(manifest);
  if (problems.length) throw new AppError(ErrorCode.InvalidInput, `the Teams manifest does not match its schema:\n  - ${problems.join('\n  - ')}`);
  const zip = new JSZip();
  // A fixed date keeps the zip byte-for-byte reproducible for the same inputs.
  const date = new Date('2025-01-01T00:00:00Z');
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date });
  zip.file('color.png', colorIcon(), { date });
  zip.file('outline.png', outlineIcon(), { date });
  const data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { zip: data, manifest };
}
