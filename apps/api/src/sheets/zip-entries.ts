import { pipeline, Readable, Transform } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { unreadableXlsx } from './sheet-problems.js';

/** One file of a zip, as the zip's central directory describes it. */
export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  /** The uncompressed size the zip declares; a hostile file may lie, so reading counts the bytes too. */
  size: number;
  headerOffset: number;
}

/** Bytes inflated so far across the entries read through it, and how many are allowed. */
export interface InflateBudget {
  used: number;
  limit: number;
  exceeded: () => Error;
}

const SIGNATURE = { end: 0x06054b50, end64Locator: 0x07064b50, end64: 0x06064b50, central: 0x02014b50, local: 0x04034b50 };
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;
const CHUNK = 64 * 1024;

function endOfDirectory(zip: Buffer): { count: number; offset: number } {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - MAX16); at--) {
    if (zip.readUInt32LE(at) !== SIGNATURE.end) continue;
    const count = zip.readUInt16LE(at + 10);
    const offset = zip.readUInt32LE(at + 16);
    if (count !== MAX16 && offset !== MAX32) return { count, offset };
    if (zip.readUInt32LE(at - 20) !== SIGNATURE.end64Locator) break;
    const record = Number(zip.readBigUInt64LE(at - 12));
    if (zip.readUInt32LE(record) !== SIGNATURE.end64) break;
    return { count: Number(zip.readBigUInt64LE(record + 32)), offset: Number(zip.readBigUInt64LE(record + 48)) };
  }
  throw unreadableXlsx();
}

/** Sizes and offset set to 0xffffffff in a header are in its zip64 extra field (id 1), in this order. */
function withZip64(extra: Buffer, fixed: Pick<ZipEntry, 'size' | 'compressedSize' | 'headerOffset'>) {
  for (let at = 0; at + 4 <= extra.length; at += 4 + extra.readUInt16LE(at + 2)) {
    if (extra.readUInt16LE(at) !== 1) continue;
    let field = at + 4;
    const next = (value: number) => (value !== MAX32 ? value : Number(extra.readBigUInt64LE((field += 8) - 8)));
    return { size: next(fixed.size), compressedSize: next(fixed.compressedSize), headerOffset: next(fixed.headerOffset) };
  }
  return fixed;
}

/** The entries of a zip held in memory, by name, from its central directory; nothing is inflated. */
export function zipEntries(zip: Buffer): Map<string, ZipEntry> {
  const entries = new Map<string, ZipEntry>();
  try {
    const { count, offset } = endOfDirectory(zip);
    for (let i = 0, at = offset; i < count; i++) {
      if (zip.readUInt32LE(at) !== SIGNATURE.central) throw unreadableXlsx();
      const nameLength = zip.readUInt16LE(at + 28);
      const extraLength = zip.readUInt16LE(at + 30);
      const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
      const extra = zip.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
      const fixed = { compressedSize: zip.readUInt32LE(at + 20), size: zip.readUInt32LE(at + 24), headerOffset: zip.readUInt32LE(at + 42) };
      entries.set(name, {
        name,
        method: zip.readUInt16LE(at + 10),
        encrypted: (zip.readUInt16LE(at + 8) & 1) === 1,
        ...withZip64(extra, fixed),
      });
      at += 46 + nameLength + extraLength + zip.readUInt16LE(at + 32);
    }
  } catch (error) {
    if (error instanceof RangeError) throw unreadableXlsx();
    throw error;
  }
  return entries;
}

function* chunks(data: Buffer) {
  for (let at = 0; at < data.length; at += CHUNK) yield data.subarray(at, at + CHUNK);
}

/**
 * An entry's content as a stream, inflated as it is read: a reader that stops early inflates no further, and the
 * stream fails with `budget.exceeded()` once the entries read through the budget pass its limit.
 */
export function entryStream(zip: Buffer, entry: ZipEntry, budget: InflateBudget): Readable {
  const at = entry.headerOffset;
  if (entry.encrypted || (entry.method !== 0 && entry.method !== 8) || zip.readUInt32LE(at) !== SIGNATURE.local) throw unreadableXlsx();
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw unreadableXlsx();
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      budget.used += chunk.length;
      done(budget.used > budget.limit ? budget.exceeded() : null, chunk);
    },
  });
  const source = Readable.from(chunks(data), { objectMode: false });
  const ignore = () => undefined;
  return entry.method === 8 ? pipeline(source, createInflateRaw(), counter, ignore) : pipeline(source, counter, ignore);
}
