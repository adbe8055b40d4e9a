// Builds the studio page into dist/: one JavaScript bundle (esbuild, every package from
// node_modules: nothing is fetched when the page runs), the style sheet and the HTML, which
// InspectFramework.Studio embeds as resources. The same sources give byte-identical files.
import * as esbuild from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'dist');

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });
await esbuild.build({
  absWorkingDir: here,
  entryPoints: ['src/serve-main.js'],
  outfile: 'dist/studio.js',
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['chrome120', 'firefox120', 'safari17'],
  minify: true,
  // The licences of the bundled packages, in one file beside the bundle.
  legalComments: 'external',
  logLevel: 'warning',
});
for (const file of ['index.html', 'studio.css', 'editor.css']) await copyFile(join(here, 'src', file), join(dist, file));
