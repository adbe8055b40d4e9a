// Builds the studio page: one JavaScript bundle (esbuild, every package from node_modules: nothing
// is fetched when the page runs), the style sheets and the HTML. The same sources give
// byte-identical files.
//   node build.mjs             the page of `inspect serve` into dist/ (the serve backend), which
//                              InspectFramework.Studio embeds as resources;
//   node build.mjs playground  the page of `inspect playground` into dist-playground/ (the
//                              playground backend); scripts/build-playground adds the WebAssembly
//                              files beside it.
import * as esbuild from 'esbuild';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The playground's page is also opened from disk (file://), where Chromium runs no module script: its
// bundle is a classic script. Having no server to send headers, it carries its Content-Security-Policy
// in a <meta> element: the served page's policy plus what .NET in a worker needs ('wasm-unsafe-eval'
// to compile WebAssembly; blob: for the worker and modules started from bytes when opened from disk,
// addresses only the page's own script can make). Still no inline script. (frame-ancestors cannot be
// set by <meta>.)
const playgroundPolicy =
  "default-src 'none'; script-src 'self' blob: 'wasm-unsafe-eval'; worker-src 'self' blob:; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'";

const targets = {
  serve: { entry: 'src/serve-main.js', out: 'dist', format: 'esm', script: '<script type="module" src="studio.js"></script>' },
  playground: {
    entry: 'src/playground-main.js', out: 'dist-playground', format: 'iife',
    script: `<meta http-equiv="Content-Security-Policy" content="${playgroundPolicy}">\n<script defer src="studio.js"></script>`,
  },
};
const name = process.argv[2] ?? 'serve';
const target = targets[name];
if (!target) {
  console.error(`build.mjs: unknown page '${name}'; build one of: ${Object.keys(targets).join(', ')}.`);
  process.exit(2);
}

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, target.out);

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });
await esbuild.build({
  absWorkingDir: here,
  entryPoints: [target.entry],
  outfile: `${target.out}/studio.js`,
  bundle: true,
  format: target.format,
  platform: 'browser',
  target: ['chrome120', 'firefox120', 'safari17'],
  minify: true,
  // The licences of the bundled packages, in one file beside the bundle.
  legalComments: 'external',
  logLevel: 'warning',
});
for (const file of ['studio.css', 'editor.css']) await copyFile(join(here, 'src', file), join(dist, file));
const page = await readFile(join(here, 'src', 'index.html'), 'utf8');
const script = '<script type="module" src="studio.js"></script>';
if (!page.includes(script)) throw new Error(`src/index.html no longer loads its script as ${script}; update build.mjs.`);
await writeFile(join(dist, 'index.html'), page.replace(script, target.script));
