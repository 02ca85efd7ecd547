// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { refuseCode, sanitizeBodyFor } from './src/lib/data/body-guard.ts';
import { createHash } from 'node:crypto';
import { dataGate } from './src/site/data-gate.ts';
import { sitemap } from './src/site/sitemap.ts';
import { PLACEHOLDER_SITE, siteUrlCheck } from './src/site/site-url.ts';

// The site address and base path come from the environment so the same build serves any static host.
const site = process.env.SITE || PLACEHOLDER_SITE;
const base = process.env.BASE || '/';

// Astro caches content entries between builds. A build from other data (tests, benchmarks) gets a
// cache of its own, so entries of one region never leak into another's build.
const dataKey = `${process.env.PORTAL_DATA_DIR ?? ''}|${process.env.PORTAL_CONTENT_DIR ?? ''}`;
const cacheDir = dataKey === '|' ? undefined : `./node_modules/.astro/portal-${createHash('sha256').update(dataKey).digest('hex').slice(0, 12)}`;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  ...(cacheDir ? { cacheDir } : {}),
  // MDX bodies are content, not programs: the content collections render each body to HTML once, with
  // no JavaScript generated (src/site/content-loader.ts, renderBody in src/lib/data/body-guard.ts). The
  // MDX integration stays for any .mdx page under src/pages (there is none): its processor refuses code
  // and sanitizes HTML with the same allow-list `npm run check` reports against. The search
  // index is built after Astro has exited, over the finished site (a post-build step of scripts/build.ts).
  integrations: [dataGate(), siteUrlCheck(), mdx({ processor: satteri({ mdastPlugins: [refuseCode], hastPlugins: [sanitizeBodyFor(base)] }) }), sitemap({ site, base })],
  // Stylesheets as files, never inline <style>: the Content-Security-Policy allows only the site's own.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    build: {
      // Never inline scripts into pages: the Content-Security-Policy allows only script files.
      assetsInlineLimit: 0,
      rollupOptions: {
        onwarn(warning, warn) {
          // Every MDX page triggers this harmless notice (see ../shared/PLATFORM-NOTES.md).
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
