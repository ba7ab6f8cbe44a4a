import { rmSync } from 'node:fs';
import { MongoClient } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDataDir, startEmbeddedDb, type EmbeddedDb } from '../index.js';

describe('startEmbeddedDb', () => {
  let db: EmbeddedDb;
  const dataDir = freshDataDir('launcher');

  beforeAll(async () => {
    db = await startEmbeddedDb({ dataDir });
  });
  afterAll(async () => {
    await db?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers a ping on a local port', async () => {
    expect(db.uri).toMatch(/^mongodb:\/\/127\.0\.0\.1:\d+\/$/);
    const client = await MongoClient.connect(db.uri);
    expect(await client.db('admin').command({ ping: 1 })).toMatchObject({ ok: 1 });
    await client.close();
  });

  it('keeps data in the given folder across a restart', async () => {
    let client = await MongoClient.connect(db.uri);
    await client.db('persist').collection('things').insertOne({ name: '暖心驿站' });
    await client.close();
    await db.stop();

    db = await startEmbeddedDb({ dataDir });
    client = await MongoClient.connect(db.uri);
    expect(
      await client
        .db('persist')
        .collection('things')
        .findOne({}, { projection: { _id: 0 } }),
    ).toEqual({
      name: '暖心驿站',
    });
    await client.close();
  });

  it('fails with a clear error when the listen address is invalid', async () => {
    await expect(startEmbeddedDb({ dataDir: dataDir, listen: 'not-an-address' })).rejects.toThrow(/embedded-db/);
  });
});
