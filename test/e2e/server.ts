// Static page server for the end-to-end tests, the demo (`npm start`) and the page benchmark.
// Binds to 127.0.0.1 only; serves the dev-set pages, the demo pages and pages the tests generate.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** URL prefix → folder served under it. */
const MOUNTS: Record<string, string> = {
  '/pages/': join(ROOT, 'test/fixtures/pages'),
  '/demo/': join(ROOT, 'scripts/demo'),
  '/generated/': join(ROOT, 'test-results/generated-pages'),
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Extra response headers per path, e.g. a Content-Security-Policy for the CSP page. */
export type HeaderRule = (path: string) => Record<string, string> | undefined;

/** Pages under a `csp-` name get a policy that forbids inline styles (and every other inline style source). */
const CSP_HEADERS: HeaderRule = (path) =>
  /\/csp-[^/]*$/.test(path)
    ? { 'content-security-policy': "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self'" }
    : undefined;

/** Starts the server; port 0 picks a free one. Resolves with its origin, e.g. `http://127.0.0.1:4173`. */
export async function startPageServer(
  port = 0,
  headerRule: HeaderRule = () => undefined,
): Promise<{ origin: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const mount = Object.keys(MOUNTS).find((prefix) => path.startsWith(prefix));
    if (!mount) {
      res.writeHead(path === '/' ? 302 : 404, path === '/' ? { location: '/demo/' } : {}).end();
      return;
    }
    const folder = MOUNTS[mount]!;
    let file = normalize(join(folder, path.slice(mount.length)));
    if (!file.startsWith(folder)) return void res.writeHead(403).end();
    if (path.endsWith('/')) file = join(file, 'index.html');
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...CSP_HEADERS(path),
        ...headerRule(path),
      });
      res.end(body);
    } catch {
      // Pages reference images that do not exist; answer them quietly.
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { origin: `http://127.0.0.1:${actualPort}`, server };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4173);
  const { origin } = await startPageServer(port);
  console.log(`serving test pages on ${origin}`);
}
