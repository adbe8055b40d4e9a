// Builds the studio page: one JavaScript bundle (esbuild, every package from node_modules: nothing
// is fetched when the page runs), the style sheets and the HTML. The same sources give
// byte-identical files.
//   node build.mjs             the page of `inspect serve` into dist/ (the serve backend), which
//                              InspectFramework.Studio embeds as resources;
//   node build.mjs playground  the page of `inspect playground` into dist-playground/ (the
//                              playground backend); scripts/build-playground adds the WebAssembly
//                              files beside it.
import * as esbuild from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const targets = {
  serve: { entry: 'src/serve-main.js', out: 'dist' },
  playground: { entry: 'src/playground-main.js', out: 'dist-playground' },
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
  format: 'esm',
  platform: 'browser',
  target: ['chrome120', 'firefox120', 'safari17'],
  minify: true,
  // The licences of the bundled packages, in one file beside the bundle.
  legalComments: 'external',
  logLevel: 'warning',
});
for (const file of ['index.html', 'studio.css', 'editor.css']) await copyFile(join(here, 'src', file), join(dist, file));
