// Serves a production build of the admin or the h5 app the way docs/deploy.md asks of a reverse proxy: compressed
// (brotli or gzip), files with a content hash in their names cached for a year, everything else (index.html)
// revalidated on every load, routes answered by index.html, and /api/* forwarded to the API so that the page and
// its API share one origin. `bash scripts/start.sh` and the end-to-end tests both serve the builds through it.
// Plain Node (erasable TypeScript only, no imports but node:*), so scripts run it without a build step.
import { once } from 'node:events';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export interface Build {
  /** The build's folder, with its index.html. */
  root: string;
  /** Folders whose files carry a content hash in their names, so a cached copy never goes stale. */
  hashed: string[];
}

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** Where each app's production build lands and which of its folders are content-hashed. */
export const builds = {
  admin: { root: join(repoRoot, 'apps/admin/dist'), hashed: ['/assets/'] },
  h5: { root: join(repoRoot, 'apps/miniapp/dist/h5'), hashed: ['/js/', '/css/', '/chunk/'] },
} satisfies Record<string, Build>;

export interface SiteOptions {
  /** Where `/api/*` is forwarded, e.g. http://127.0.0.1:3000. */
  apiOrigin: string;
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Compress every file at start instead of on its first request. */
  warm?: boolean;
}

export interface Site {
  url: string;
  server: Server;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.map', '.txt', '.svg', '.ico', '.ttf']);
const MIN_COMPRESS_BYTES = 1024;
const IMMUTABLE = 'public, max-age=31536000, immutable';

type Encoding = 'br' | 'gzip';
const compressors: Record<Encoding, (body: Buffer) => Promise<Buffer>> = {
  br: (body) =>
    promisify(brotliCompress)(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
  gzip: (body) => promisify(gzip)(body, { level: 9 }),
};

/** One file of the build, read once and compressed at most once per encoding while it stays unchanged on disk. */
interface Asset {
  path: string;
  version: string;
  body: Buffer;
  compressed: Partial<Record<Encoding, Promise<Buffer>>>;
}

export async function serveBuild(build: Build, options: SiteOptions): Promise<Site> {
  if (!(await isFile(join(build.root, 'index.html')))) throw new Error(`${build.root} has no index.html: build it first`);
  const api = new URL(options.apiOrigin);
  const assets = new AssetCache();
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (pathname.startsWith('/api/')) return forward(req, res, api);
    serveFile(build, assets, pathname, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });
  server.listen(options.port ?? 0, options.host ?? '127.0.0.1');
  await once(server, 'listening');
  if (options.warm) void assets.warm(build.root);
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${(server.address() as AddressInfo).port}`,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve()).closeAllConnections()),
  };
}

async function serveFile(build: Build, assets: AssetCache, pathname: string, req: IncomingMessage, res: ServerResponse) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { allow: 'GET, HEAD' }).end();
  const path = await locate(build.root, pathname);
  if (!path) return void res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
  const asset = await assets.get(path);
  const hashed = build.hashed.some((folder) => pathname.startsWith(folder));
  const headers: Record<string, string> = {
    'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
    'cache-control': hashed ? IMMUTABLE : 'no-cache',
    etag: asset.version,
    'x-content-type-options': 'nosniff',
  };
  if (req.headers['if-none-match'] === asset.version) return void res.writeHead(304, headers).end();
  let body = asset.body;
  if (COMPRESSIBLE.has(extname(path))) {
    headers.vary = 'Accept-Encoding';
    const encoding = preferredEncoding(req.headers['accept-encoding']);
    const compressed = encoding && body.length >= MIN_COMPRESS_BYTES ? await assets.compressed(asset, encoding) : null;
    if (encoding && compressed && compressed.length < body.length) {
      headers['content-encoding'] = encoding;
      body = compressed;
    }
  }
  headers['content-length'] = String(body.length);
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** The file a path names inside the build; index.html for an app route (a path whose last part has no extension). */
async function locate(root: string, pathname: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  if (await isFile(path)) return path;
  return extname(path) ? null : join(root, 'index.html');
}

/** br when the client takes it, else gzip, else none (q=0 refuses an encoding). */
export function preferredEncoding(header: string | string[] | undefined): Encoding | null {
  const accepted = new Set(
    String(header ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || Number(q.trim().replace(/^q=/, '')) > 0)
      .map(([name]) => name?.trim().toLowerCase()),
  );
  if (accepted.has('br')) return 'br';
  return accepted.has('gzip') || accepted.has('*') ? 'gzip' : null;
}

class AssetCache {
  private readonly assets = new Map<string, Asset>();

  async get(path: string): Promise<Asset> {
    const info = await stat(path);
    const version = `W/"${info.size.toString(16)}-${Math.trunc(info.mtimeMs).toString(16)}"`;
    const cached = this.assets.get(path);
    if (cached?.version === version) return cached;
    const asset: Asset = { path, version, body: await readFile(path), compressed: {} };
    this.assets.set(path, asset);
    return asset;
  }

  compressed(asset: Asset, encoding: Encoding): Promise<Buffer> {
    asset.compressed[encoding] ??= compressors[encoding](asset.body);
    return asset.compressed[encoding];
  }

  /** Compresses every compressible file one after another, so that requests meanwhile still get their turn. */
  async warm(root: string): Promise<void> {
    for (const path of await listFiles(root)) {
      if (!COMPRESSIBLE.has(extname(path))) continue;
      const asset = await this.get(path).catch(() => null);
      if (!asset || asset.body.length < MIN_COMPRESS_BYTES) continue;
      await Promise.all([this.compressed(asset, 'br'), this.compressed(asset, 'gzip')]);
    }
  }
}

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile(),
    () => false,
  );
}

/** Forwards the request to the API as a reverse proxy would, saying who the client is (YILU_TRUST_PROXY=1 reads it). */
function forward(req: IncomingMessage, res: ServerResponse, api: URL) {
  const headers = {
    ...req.headers,
    'x-forwarded-for': req.socket.remoteAddress ?? '',
    'x-forwarded-proto': 'http',
    'x-forwarded-host': req.headers.host ?? '',
  };
  const upstream = request({ host: api.hostname, port: api.port, method: req.method, path: req.url, headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' }).end('API unreachable');
    else res.destroy();
  });
  res.on('close', () => upstream.destroy());
  req.pipe(upstream);
}
