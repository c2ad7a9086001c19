import { createRequire } from 'node:module';
import type { Logger } from '../../bot/logger.ts';

interface CompositeMapper {
  type: { additionalProperties?: unknown };
}

/**
 * botbuilder 4.23.3 serialises activities with @azure/core-client, whose array serialiser swaps the entity
 * mapper for the bare `Entity` model (type, text, mentioned). Every other entity field is dropped on the way
 * out, so Teams would never see the "AI generated" label (botbuilder-js#4902, fixed upstream in #4903 by
 * declaring additionalProperties on the Entity model). This applies the same declaration to the shared
 * mapper; it is idempotent and becomes a no-op once botbuilder ships the fix.
 * @returns whether custom entity fields will be sent.
 */
export function keepCustomEntityFields(logger: Logger): boolean {
  try {
    const require = createRequire(import.meta.url);
    const botbuilderPath = require.resolve('botbuilder');
    const connectorRequire = createRequire(botbuilderPath);
    const mappers = connectorRequire('botframework-connector/lib/connectorApi/models/mappers.js') as { Entity?: CompositeMapper };
    if (!mappers.Entity) throw new Error('Entity mapper not found');
    mappers.Entity.type.additionalProperties ??= { type: { name: 'Object' } };
    return true;
  } catch (err) {
    logger.warn({ err }, 'teams: could not patch botbuilder entity serialisation; the AI-generated label may be missing');
    return false;
  }
}
