/**
 * The baseline: a bare Astro site (the project's own Astro, through a link to its node_modules) with
 * one dynamic route that builds `pages` trivial pages. Building it with the same Node on the same
 * machine tells what Astro itself costs for that many pages.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeBareSite(dir: string, repoRoot: string, pages: number): void {
  mkdirSync(join(dir, 'src', 'pages', 'p'), { recursive: true });
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-astro-baseline', private: true, type: 'module' }, null, 2) + '\n');
  // Caches stay inside this folder, never in the linked node_modules.
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
export default defineConfig({
  site: 'https://example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  cacheDir: './.astro-cache',
  vite: { cacheDir: './.vite-cache' },
});
`,
  );
  writeFileSync(
    join(dir, 'src', 'pages', 'p', '[n].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i + 1) } }));
}
const { n } = Astro.params;
---
<!doctype html>
<html lang="zh-CN">
  <head><meta charset="utf-8" /><title>第 {n} 页</title></head>
  <body><h1>第 {n} 页</h1><p>A trivial page.</p></body>
</html>
`,
  );
}
