import JSZip from 'jszip';
import { MAX_UNZIPPED_BYTES, MAX_ZIP_ENTRIES, MAX_ZIP_RATIO } from '../limits.ts';
import { DocumentRejected } from './rejected.ts';

/** jszip keeps each entry's sizes from the central directory here (not in its typings). */
interface SizedEntry { _data?: { compressedSize?: number; uncompressedSize?: number } }

/** Inflates one entry, stopping the moment the running total passes the budget: headers can lie about sizes. */
function inflateWithin(file: JSZip.JSZipObject, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let n = 0;
    const stream = file.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      n += chunk.length;
      if (n > budget) {
        stream.pause();
        stream.removeAllListeners('data');
        reject(new Error('budget exceeded'));
      }
    }).on('error', reject).on('end', () => resolve(n));
  });
}

/**
 * Opens an Office container with jszip and checks it before any parser sees it: entry count, declared sizes and
 * compression ratios, then the real inflated size entry by entry. Returns the opened zip for content checks.
 */
export async function guardZip(data: Buffer, name: string): Promise<JSZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data, { checkCRC32: false });
  } catch (err) {
    throw new DocumentRejected('unreadable', name, { cause: err });
  }
  const files = Object.values(zip.files).filter((f) => !f.dir);
  if (files.length > MAX_ZIP_ENTRIES) throw new DocumentRejected('zip-bomb', name);
  let declared = 0;
  for (const f of files) {
    const sizes = (f as unknown as SizedEntry)._data ?? {};
    const size = sizes.uncompressedSize ?? 0;
    declared += size;
    if (size > 1024 * 1024 && size / Math.max(1, sizes.compressedSize ?? 0) > MAX_ZIP_RATIO) throw new DocumentRejected('zip-bomb', name);
  }
  if (declared > MAX_UNZIPPED_BYTES) throw new DocumentRejected('zip-bomb', name);
  let left = MAX_UNZIPPED_BYTES;
  for (const f of files) {
    try {
      left -= await inflateWithin(f, left);
    } catch (err) {
      throw new DocumentRejected((err as Error).message === 'budget exceeded' ? 'zip-bomb' : 'unreadable', name, { cause: err });
    }
  }
  return zip;
}
