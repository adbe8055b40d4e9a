// A static web server for the playground tests and benchmark, as an intranet server would host the
// folder `inspect playground` writes: GET only, files under the folder, a content type by extension.
// Two more roots for the harness page: /__web/ (the studio page's sources) and /__harness.html.
// The browser is harness.js's launchBrowser, as for the tests of inspect serve.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8',
  '.inspect': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.dat': 'application/octet-stream',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.ico': 'image/x-icon',
};

/** @param {string} site the static folder @returns {Promise<{ url: string, close: () => Promise<void> }>} */
export async function serve(site) {
  const roots = [
    ['/__web/', path.join(repo, 'src/InspectFramework.Studio/web')],
    ['/__harness.html', path.join(here, 'playground-harness.html')],
    ['/', site],
  ];
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    if (pathname.endsWith('/')) pathname += 'index.html';
    const [prefix, root] = roots.find(([p]) => pathname === p || (p.endsWith('/') && pathname.startsWith(p)));
    const file = prefix.endsWith('/') ? path.join(root, pathname.slice(prefix.length)) : root;
    const inside = !path.relative(root, file).startsWith('..');
    if (request.method !== 'GET' || !inside || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

export const repoRoot = repo;
