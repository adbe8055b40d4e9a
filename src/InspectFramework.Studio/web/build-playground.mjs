// Builds the page of `inspect playground` into dist-playground/: the studio (studio.js) over the
// playground backend, with the same bundle settings, style sheets and HTML as build.mjs's page of
// `inspect serve`. scripts/build-playground runs it and adds the WebAssembly files beside it.
import * as esbuild from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'dist-playground');

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });
await esbuild.build({
  absWorkingDir: here,
  entryPoints: ['src/playground-main.js'],
  outfile: 'dist-playground/studio.js',
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['chrome120', 'firefox120', 'safari17'],
  minify: true,
  legalComments: 'external',
  logLevel: 'warning',
});
for (const file of ['index.html', 'studio.css', 'editor.css']) await copyFile(join(here, 'src', file), join(dist, file));
