import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { MongoClient } from 'mongodb';

export interface EmbeddedDbOptions {
  /** Folder for the SQLite files; created when missing. */
  dataDir: string;
  /** TCP address to bind, `127.0.0.1:0` (a free port) by default. */
  listen?: string;
  /** How long to wait for the first successful ping. */
  startTimeoutMs?: number;
}

export interface EmbeddedDb {
  uri: string;
  dataDir: string;
  pid: number;
  stop(): Promise<void>;
}

export const ferretdbBinary = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'yilu-ferretdb');

export async function startEmbeddedDb(options: EmbeddedDbOptions): Promise<EmbeddedDb> {
  if (!existsSync(ferretdbBinary)) {
    throw new Error(`embedded-db: ${ferretdbBinary} is missing; run "npm run build -w @yilu/embedded-db"`);
  }
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const timeoutMs = options.startTimeoutMs ?? 30_000;

  const child = spawn(ferretdbBinary, ['-data', dataDir, '-listen', options.listen ?? '127.0.0.1:0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stderr: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr.push(chunk.toString());
    if (stderr.length > 50) stderr.shift();
  });

  try {
    const uri = await readUri(child, timeoutMs, stderr);
    await waitForPing(uri, timeoutMs);
    return { uri, dataDir, pid: child.pid ?? -1, stop: () => stopProcess(child) };
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
}

function readUri(child: ChildProcess, timeoutMs: number, stderr: string[]): Promise<string> {
  return new Promise((resolveUri, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => fail(new Error(`embedded-db: no URI within ${timeoutMs} ms`)), timeoutMs);
    const fail = (error: Error) => {
      clearTimeout(timer);
      lines.close();
      reject(new Error(`${error.message}\n${stderr.join('').slice(-2000)}`));
    };
    lines.once('line', (line) => {
      clearTimeout(timer);
      lines.close();
      resolveUri(line.trim());
    });
    child.once('exit', (code) => fail(new Error(`embedded-db: FerretDB exited with code ${code} before listening`)));
    child.once('error', (error) => fail(error));
  });
}

async function waitForPing(uri: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new MongoClient(uri, { serverSelectionTimeoutMS: 1000 });
    try {
      await client.db('admin').command({ ping: 1 });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`embedded-db: ping failed for ${timeoutMs} ms: ${String(error)}`, { cause: error });
      await new Promise((r) => setTimeout(r, 100));
    } finally {
      await client.close();
    }
  }
}

function stopProcess(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(kill);
      done();
    });
    child.kill('SIGTERM');
  });
}

/** A fresh, empty data folder under the OS temp dir, for one test run. */
export function freshDataDir(label = 'test'): string {
  const dir = join(process.env.TMPDIR ?? '/tmp', `yilu-db-${label}-${process.pid}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}
