import { randomUUID } from 'node:crypto';
import type { ReplyFile } from '../../../bot/turn.ts';
import type { Store } from '../../../workflows/store.ts';
/** A file waiting to be downloaded (channels) or uploaded after consent (personal chat). */
export interface HeldFile {
  id: string;
  tenant: string;
  file: ReplyFile;
  expiresAt: number;
}

/**
 * Where exports wait for a download (channels) or an upload after consent (personal chat): in the store, so a
 * link made on one replica works on every other until it expires.
 */
export interface FileHolder {
  put(tenant: string, file: ReplyFile): Promise<HeldFile>;
  /** The file when it exists, belongs to `tenant` and has not expired. */
  get(tenant: string, id: string): Promise<HeldFile | undefined>;
  delete(tenant: string, id: string): Promise<void>;
}

const scopeOf = (tenant: string) => ({ platform: 'teams', tenant });

/** Exports kept in the shared store (expired ones are pruned by the store on every put). */
export function storeFileHolder(store: Pick<Store, 'putExport' | 'getExport' | 'deleteExport'>, ttlMs: number, now: () => number = Date.now): FileHolder {
  return {
    async put(tenant, file) {
      const held: HeldFile = { id: randomUUID(), tenant, file, expiresAt: now() + ttlMs };
      await store.putExport(scopeOf(tenant), { id: held.id, name: file.name, mimeType: file.mimeType, ...(file.title ? { title: file.title } : {}), data: file.data, expiresAt: new Date(held.expiresAt).toISOString() });
      return held;
    },
    async get(tenant, id) {
      const found = await store.getExport(scopeOf(tenant), id, new Date(now()));
      if (!found) return undefined;
      const file: ReplyFile = { name: found.name, mimeType: found.mimeType, data: Buffer.from(found.data), ...(found.title ? { title: found.title } : {}) };
      return { id: found.id, tenant, file, expiresAt: Date.parse(found.expiresAt) };
    },
    delete: (tenant, id) => store.deleteExport(scopeOf(tenant), id),
  };
}
