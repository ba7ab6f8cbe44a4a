#!/usr/bin/env node
// Starts the embedded database and keeps it running: `yilu-embedded-db --data DIR [--listen HOST:PORT]`.
import { parseArgs } from 'node:util';
import { startEmbeddedDb } from './index.js';

const { values } = parseArgs({ options: { data: { type: 'string' }, listen: { type: 'string' } } });
if (!values.data) {
  console.error('usage: yilu-embedded-db --data DIR [--listen 127.0.0.1:27017]');
  process.exit(2);
}
const db = await startEmbeddedDb({ dataDir: values.data, listen: values.listen });
console.log(db.uri);
const shutdown = () => void db.stop().then(() => process.exit(0));
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
