import { randomUUID } from 'node:crypto';
import type { ReplyFile } from '../../../bot/turn.ts';

/** A file waiting to be downloaded (channels) or uploaded after consent (personal chat). */
export interface HeldFile {
  id: string;
  tenant: string;
  file: ReplyFile;
  expiresAt: number;
}

export interface FileStoreOptions {
  /** How long a file is kept, in ms. */
  ttlMs: number;
  /** Oldest files are dropped first once the total passes this many bytes. */
  maxBytes: number;
  now?: () => number;
}

/**
 * Export bytes held in memory until the user downloads them or accepts the upload. Memory is enough:
 * links are short-lived, and a restart only means asking for the export again. A file is found only
 * under the tenant it was stored for.
 */
export class MemoryFileStore {
  private readonly files = new Map<string, HeldFile>();
  private readonly now: () => number;

  constructor(private readonly options: FileStoreOptions) {
    this.now = options.now ?? Date.now;
  }

  put(tenant: string, file: ReplyFile): HeldFile {
    this.sweep();
    const held: HeldFile = { id: randomUUID(), tenant, file, expiresAt: this.now() + this.options.ttlMs };
    this.files.set(held.id, held);
    this.trim();
    return held;
  }

  /** The file when it exists, belongs to `tenant` and has not expired. */
  get(tenant: string, id: string): HeldFile | undefined {
    const held = this.files.get(id);
    if (!held || held.tenant !== tenant) return undefined;
    if (held.expiresAt <= this.now()) {
      this.files.delete(id);
      return undefined;
    }
    return held;
  }

  delete(tenant: string, id: string): void {
    if (this.files.get(id)?.tenant === tenant) this.files.delete(id);
  }

  get size(): number {
    return this.files.size;
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, held] of this.files) if (held.expiresAt <= now) this.files.delete(id);
  }

  private trim(): void {
    let total = 0;
    for (const held of this.files.values()) total += held.file.data.length;
    // Map iteration is insertion order, so the first entries are the oldest.
    for (const [id, held] of this.files) {
      if (total <= this.options.maxBytes || this.files.size <= 1) break;
      total -= held.file.data.length;
      this.files.delete(id);
    }
  }
}
