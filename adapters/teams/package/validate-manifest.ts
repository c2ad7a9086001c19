import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv } from 'ajv';
import { MANIFEST_VERSION } from './manifest.ts';

/** The schema file @microsoft/app-manifest ships for a manifest version (read from disk: nothing is downloaded). */
export function manifestSchemaPath(version: string = MANIFEST_VERSION): string {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('@microsoft/app-manifest');
  return join(dirname(entry), 'json-schemas', 'teams', `v${version}`, 'MicrosoftTeams.schema.json');
}

/**
 * Validates a manifest offline against the shipped JSON schema. The schema declares draft-04, which Ajv 8 does
 * not bundle; it uses no draft-04-only keywords (no boolean exclusiveMinimum, no `id`), so its `$schema` is
 * dropped and Ajv reads it as a current draft. Its one format, "uri", is checked with the WHATWG URL parser.
 * @returns every problem as "<path> <message>"; empty when valid.
 */
export function validateManifest(manifest: unknown, schemaPath: string = manifestSchemaPath()): string[] {
  const { $schema: _draft, ...schema } = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  const validate = ajv.compile(schema);
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
}
