// Each test pins one rule from DESIGN.md's portability list that the project relies on, on the real FerretDB v1.
// Where a rule says "not supported", the test shows how FerretDB fails, so a change of engine version is noticed.
import { rmSync } from 'node:fs';
import { MongoClient, MongoServerError, type Db } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDataDir, startEmbeddedDb, type EmbeddedDb } from '../index.js';

let db: EmbeddedDb;
let client: MongoClient;
let mdb: Db;
const dataDir = freshDataDir('portability');

beforeAll(async () => {
  db = await startEmbeddedDb({ dataDir });
  client = await MongoClient.connect(db.uri);
  mdb = client.db('portability');
});
afterAll(async () => {
  await client?.close();
  await db?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const duplicateKey = (e: unknown) => e instanceof MongoServerError && e.code === 11000;

describe('indexes we rely on', () => {
  it('a unique index rejects a duplicate with code 11000', async () => {
    const c = mdb.collection('unique_single');
    await c.createIndex({ username: 1 }, { unique: true });
    await c.insertOne({ username: 'admin' });
    await expect(c.insertOne({ username: 'admin' })).rejects.toSatisfy(duplicateKey);
  });

  it('a compound unique index enforces one seat claim per (course, seat)', async () => {
    const c = mdb.collection('seat_claims');
    await c.createIndex({ courseId: 1, seatNo: 1 }, { unique: true });
    await c.insertOne({ courseId: 'c1', seatNo: 1 });
    await c.insertOne({ courseId: 'c2', seatNo: 1 });
    await expect(c.insertOne({ courseId: 'c1', seatNo: 1 })).rejects.toSatisfy(duplicateKey);
  });

  it('concurrent inserts under a unique index let exactly one win', async () => {
    const c = mdb.collection('race');
    await c.createIndex({ key: 1 }, { unique: true });
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => c.insertOne({ key: 'seat-1' })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected' && duplicateKey(r.reason))).toHaveLength(19);
  });

  it('a sparse unique index allows many documents without the field', async () => {
    const c = mdb.collection('sparse_unique');
    await c.createIndex({ wechatOpenId: 1 }, { unique: true, sparse: true });
    await c.insertMany([{ username: 'a' }, { username: 'b' }, { wechatOpenId: 'o1' }]);
    await expect(c.insertOne({ wechatOpenId: 'o1' })).rejects.toSatisfy(duplicateKey);
  });
});

describe('queries and aggregation we rely on', () => {
  it('countDocuments, sort, skip and limit', async () => {
    const c = mdb.collection('paging');
    await c.insertMany(Array.from({ length: 25 }, (_, i) => ({ n: i, even: i % 2 === 0 })));
    expect(await c.countDocuments({ even: true })).toBe(13);
    const page = await c.find({}).sort({ n: -1 }).skip(10).limit(5).toArray();
    expect(page.map((d) => d.n)).toEqual([14, 13, 12, 11, 10]);
  });

  it('$match $group $sort $count with one $sum accumulator per $group', async () => {
    const c = mdb.collection('agg');
    await c.insertMany([
      { area: '650109', certified: 1 },
      { area: '650109', certified: 0 },
      { area: '652301', certified: 1 },
    ]);
    const trained = await c
      .aggregate([{ $match: { certified: { $gte: 0 } } }, { $group: { _id: '$area', n: { $sum: 1 } } }, { $sort: { _id: 1 } }])
      .toArray();
    expect(trained).toEqual([
      { _id: '650109', n: 2 },
      { _id: '652301', n: 1 },
    ]);
    const certified = await c.aggregate([{ $group: { _id: '$area', n: { $sum: '$certified' } } }, { $sort: { _id: 1 } }]).toArray();
    expect(certified).toEqual([
      { _id: '650109', n: 1 },
      { _id: '652301', n: 1 },
    ]);
    expect(await c.aggregate([{ $match: { certified: 1 } }, { $count: 'n' }]).toArray()).toEqual([{ n: 2 }]);
  });

  it('findOneAndUpdate returns the updated document without a projection', async () => {
    const c = mdb.collection('fau');
    await c.insertOne({ _id: 'x' as never, v: 1 });
    const after = await c.findOneAndUpdate({ _id: 'x' as never }, { $set: { v: 2 } }, { returnDocument: 'after' });
    expect(after).toEqual({ _id: 'x', v: 2 });
  });
});

describe('what FerretDB v1 does not do (we work around these)', () => {
  it('computes only the first of several accumulators in one $group (found here; use one per stage)', async () => {
    const c = mdb.collection('agg_multi');
    await c.insertMany([
      { g: 'a', v: 1 },
      { g: 'a', v: 2 },
    ]);
    const [row] = await c.aggregate([{ $group: { _id: '$g', total: { $sum: '$v' }, n: { $sum: 1 } } }]).toArray();
    expect(row).toEqual({ _id: 'a', total: 3, n: 0 });
  });

  it('rejects $lookup', async () => {
    const c = mdb.collection('lookup');
    await c.insertOne({ a: 1 });
    await expect(c.aggregate([{ $lookup: { from: 'other', localField: 'a', foreignField: 'a', as: 'x' } }]).toArray()).rejects.toThrow();
  });

  it('rejects geo queries', async () => {
    const c = mdb.collection('geo');
    await c.insertOne({ loc: { type: 'Point', coordinates: [75.99, 39.47] } });
    await expect(c.find({ loc: { $near: { $geometry: { type: 'Point', coordinates: [76, 39.5] } } } }).toArray()).rejects.toThrow();
  });
});
