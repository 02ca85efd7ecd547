/**
 * `npm run search-index [-- <site folder>]` (default `dist`): the search index of a finished build,
 * run after `astro build` has exited (see src/site/search-index.ts). `npm run build` runs it.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { indexSite } from '../src/site/search-index.ts';

const dist = resolve(process.argv[2] ?? 'dist');
if (!existsSync(dist)) {
  process.stderr.write(`找不到已构建的网站文件夹 ${dist}：请先运行 astro build。 No built site at ${dist}: run astro build first.\n`);
  process.exit(1);
}
try {
  for (const r of await indexSite(dist)) {
    const parts = r.parts.length ? ` and ${r.parts.length} more part${r.parts.length > 1 ? 's' : ''}` : '';
    process.stdout.write(`Search index (${r.lang}): ${r.pages} pages into ${r.bundle}${parts} (${r.digests} by their digest) in ${(r.ms / 1000).toFixed(1)} s\n`);
  }
} catch (e) {
  process.stderr.write(`搜索索引失败。 The search index failed: ${(e as Error).message}\n`);
  process.exit(1);
}
