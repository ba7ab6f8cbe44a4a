import { convertCrs, type PointsMapQuery } from '@yilu/shared';
import type { PointCatalog } from './point-catalog.js';
import { pointJson } from './point-view.js';

/**
 * An answer's pieces, joined once at the end into one buffer of the summed size: each point's cached bytes are
 * copied once, with no buffer per small piece, and the short ASCII pieces are written byte by byte (cheaper than a
 * call into the encoder each).
 */
class Pieces {
  private readonly parts: (Buffer | string)[] = [];
  private readonly plain: boolean[] = [];
  private size = 0;

  bytes(bytes: Buffer) {
    this.push(bytes, true, bytes.length);
  }

  /** Text known to be ASCII: numbers, codes, punctuation. */
  ascii(text: string) {
    this.push(text, true, text.length);
  }

  text(text: string) {
    this.push(text, false, Buffer.byteLength(text));
  }

  private push(part: Buffer | string, plain: boolean, length: number) {
    this.parts.push(part);
    this.plain.push(plain);
    this.size += length;
  }

  join(): Buffer {
    const out = Buffer.allocUnsafe(this.size);
    let at = 0;
    this.parts.forEach((part, k) => {
      if (typeof part !== 'string') {
        out.set(part, at);
        at += part.length;
      } else if (!this.plain[k]) at += out.write(part, at);
      else for (let c = 0; c < part.length; c++) out[at++] = part.charCodeAt(c);
    });
    return out;
  }
}

/**
 * Answers a public map query from the in-memory catalog as UTF-8 JSON: nearest first for `near`, markers or
 * clusters for `bbox`. Every coordinate, in and out, is in `q.crs`, and the answer says so. The answer is glued
 * from each point's cached bytes, so nothing is serialised or encoded twice.
 */
export function mapAnswer(catalog: PointCatalog, q: PointsMapQuery, at = new Date()): Buffer {
  const filter = { kinds: q.kinds, amenities: q.amenities, openNow: q.openNow, at };
  const answer = new Pieces();
  if (q.near) {
    const origin = convertCrs(q.near, q.crs, 'wgs84');
    answer.ascii(`{"crs":"${q.crs}","items":[`);
    catalog.nearbyJson(origin.lng, origin.lat, q.radius, q.limit, filter, q.crs, at).forEach((f, i) => {
      answer.ascii(i ? ',{' : '{');
      answer.bytes(f.json);
      answer.ascii(`,"distanceM":${f.distanceM}}`);
    });
  } else {
    const box = q.bbox!;
    const sw = convertCrs({ lng: box.minLng, lat: box.minLat }, q.crs, 'wgs84');
    const ne = convertCrs({ lng: box.maxLng, lat: box.maxLat }, q.crs, 'wgs84');
    answer.ascii(`{"crs":"${q.crs}","zoom":${q.zoom},"features":[`);
    catalog.viewport({ minLng: sw.lng, minLat: sw.lat, maxLng: ne.lng, maxLat: ne.lat }, q.zoom, filter).forEach((f, i) => {
      if (i) answer.ascii(',');
      if (f.type === 'cluster') answer.text(JSON.stringify({ ...f, location: convertCrs(f.location, 'wgs84', q.crs) }));
      else {
        answer.ascii('{"type":"point",');
        answer.bytes(pointJson(f.record, q.crs, at));
        answer.ascii('}');
      }
    });
  }
  answer.ascii(']}');
  return answer.join();
}
