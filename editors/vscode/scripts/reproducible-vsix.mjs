// Rewrites a .vsix (a zip) so that the same files always give the same bytes: entries in name order,
// every one stamped with one time (SOURCE_DATE_EPOCH, the last commit's time in scripts/package),
// permissions 0644, or 0755 where any execute bit was set (the server), and compressed alike.
// vsce writes through yazl with each file's own time, and the time of packaging for what it makes
// in memory (the manifest, package.json, the readme), so two packagings of one commit differed.
//
// usage: node scripts/reproducible-vsix.mjs FILE.vsix SECONDS   (rewrites FILE.vsix in place)
import { createWriteStream, renameSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import yazl from 'yazl';

const [file, seconds] = process.argv.slice(2);
if (!file || !/^\d+$/.test(seconds ?? '')) {
  console.error('usage: node scripts/reproducible-vsix.mjs FILE.vsix SECONDS');
  process.exit(2);
}
// The zip's DOS times are local times: one zone for every machine.
if (process.env.TZ !== 'UTC') {
  console.error('reproducible-vsix: run with TZ=UTC (zip entry times are local times)');
  process.exit(2);
}
const mtime = new Date(Number(seconds) * 1000);

const open = path => new Promise((resolve, reject) =>
  yauzl.open(path, { lazyEntries: true, autoClose: false }, (error, zip) => (error ? reject(error) : resolve(zip))));
const stream = (zip, entry) => new Promise((resolve, reject) =>
  zip.openReadStream(entry, (error, s) => (error ? reject(error) : resolve(s))));
const bytes = async readable => { const chunks = []; for await (const c of readable) chunks.push(c); return Buffer.concat(chunks); };

const zip = await open(file);
const entries = [];
await new Promise((resolve, reject) => {
  zip.on('entry', async entry => {
    try {
      if (!entry.fileName.endsWith('/')) {
        const mode = (entry.externalFileAttributes >>> 16) & 0o777;
        entries.push({ name: entry.fileName, data: await bytes(await stream(zip, entry)), executable: (mode & 0o111) !== 0 });
      }
      zip.readEntry();
    } catch (error) {
      reject(error);
    }
  });
  zip.on('end', resolve);
  zip.on('error', reject);
  zip.readEntry();
});
zip.close();

entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
const out = new yazl.ZipFile();
for (const entry of entries) {
  out.addBuffer(entry.data, entry.name, { mtime, mode: entry.executable ? 0o100755 : 0o100644, compress: true });
}
out.end();
await pipeline(out.outputStream, createWriteStream(`${file}.tmp`));
renameSync(`${file}.tmp`, file);
