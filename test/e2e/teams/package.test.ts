import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { createAgentHome } from '../../../bot/agent-home.ts';
import { silentLogger } from '../../../bot/logger.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { validateManifest, manifestSchemaPath } from '../../../adapters/teams/package/validate-manifest.ts';
import { buildManifest, MANIFEST_VERSION } from '../../../adapters/teams/package/manifest.ts';
import { runTeamsPackage } from '../../../scripts/teams-package.ts';

const root = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'teams-package-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Width, height and decoded pixel bytes of a PNG, read the long way (chunks, CRC-free inflate). */
function readPng(data: Buffer): { width: number; height: number; colourType: number; pixels: Buffer } {
  expect(data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  let offset = 8;
  let width = 0;
  let height = 0;
  let colourType = -1;
  const idat: Buffer[] = [];
  while (offset < data.length) {
    const length = data.readUInt32BE(offset);
    const type = data.toString('ascii', offset + 4, offset + 8);
    const body = data.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      colourType = body[9]!;
    }
    if (type === 'IDAT') idat.push(body);
    offset += 12 + length;
  }
  return { width, height, colourType, pixels: inflateSync(Buffer.concat(idat)) };
}

describe('Teams app package', () => {
  it('npm run teams:package writes a zip with manifest.json, color.png 192x192 and outline.png 32x32, manifest valid', async () => {
    const out = join(dir, 'ai-procurement-teams.zip');
    const appId = '11111111-2222-3333-4444-555555555555';
    const { stdout } = await promisify(execFile)(process.execPath, ['bin/run-ts.js', 'scripts/teams-package.ts', '--out', out], {
      cwd: root,
      env: { ...process.env, MICROSOFT_APP_ID: appId, PUBLIC_BASE_URL: 'https://bot.contoso.example' },
    });
    expect(stdout).toContain('manifest.json, color.png, outline.png');

    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as {
      manifestVersion: string;
      id: string;
      bots: { botId: string; supportsFiles: boolean; commandLists: { scopes: string[]; commands: { title: string }[] }[] }[];
      validDomains: string[];
    };
    expect(validateManifest(manifest)).toEqual([]);
    expect(manifest.manifestVersion).toBe(MANIFEST_VERSION);
    expect(manifest.id).toBe(appId);
    expect(manifest.bots[0]!.botId).toBe(appId);
    expect(manifest.bots[0]!.supportsFiles).toBe(true);
    expect(manifest.validDomains).toEqual(['bot.contoso.example']);
    const prompts = (await createAgentHome({ logger: silentLogger() }).prompts()).filter((p) => !p.message.startsWith('/'));
    expect(prompts.length).toBeGreaterThan(0);
    for (const list of manifest.bots[0]!.commandLists) {
      // The commands, then the knowledge-base prompts Slack's agent_view also suggests, as prompt commands.
      expect(list.commands.map((c) => c.title)).toEqual(['ask', 'decide', 'checklist', 'status', 'export', 'help', ...prompts.map((p) => p.title)]);
      expect(list.commands.slice(6)).toEqual(prompts.map((p) => ({ title: p.title, description: p.message, type: 'prompt', prompt: p.message })));
    }

    const color = readPng(await zip.file('color.png')!.async('nodebuffer'));
    expect([color.width, color.height, color.colourType]).toEqual([192, 192, 6]);
    expect(color.pixels.length).toBe(192 * (192 * 4 + 1));
    const outline = readPng(await zip.file('outline.png')!.async('nodebuffer'));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    // Outline icon: white strokes on transparency (Teams rejects a filled outline icon).
    const alphas = new Set<number>();
    for (let y = 0; y < 32; y++) for (let x = 0; x < 32; x++) alphas.add(outline.pixels[y * 129 + 1 + x * 4 + 3]!);
    expect(alphas.has(0)).toBe(true);
    expect(alphas.has(255)).toBe(true);
  });

  it('validates against the schema file shipped in @microsoft/app-manifest, and reports real problems', () => {
    expect(manifestSchemaPath()).toContain(`json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`);
    const good = buildManifest({ version: '1.0.0', developer: { name: 'x', websiteUrl: 'https://a.example', privacyUrl: 'https://a.example/p', termsOfUseUrl: 'https://a.example/t' } });
    expect(validateManifest(good)).toEqual([]);
    const bad = { ...good, id: 'not-a-guid', accentColor: 'blue', unknownField: true };
    const problems = validateManifest(bad);
    expect(problems.some((p) => p.startsWith('/id'))).toBe(true);
    expect(problems.some((p) => p.startsWith('/accentColor'))).toBe(true);
    expect(problems.some((p) => p.includes('unknownField'))).toBe(true);
  });

  it('uses a placeholder bot id without MICROSOFT_APP_ID and refuses an app id that is not a GUID', async () => {
    const lines: string[] = [];
    const io = { cwd: root, env: {}, out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    expect(await runTeamsPackage(['--out', join(dir, 'placeholder.zip')], io)).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'placeholder.zip')));
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as { bots: { botId: string }[] };
    expect(manifest.bots[0]!.botId).toBe('00000000-0000-0000-0000-000000000000');
    expect(lines.join('\n')).toContain('MICROSOFT_APP_ID is not set');

    expect(await runTeamsPackage(['--app-id', 'my-bot'], io)).toBe(2);
    expect(lines.join('\n')).toContain('must be the bot registration');
  });
});
