// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { dataGate } from './src/site/data-gate.ts';

// The site address and base path come from the environment so the same build serves any static host.
const site = process.env.SITE || 'https://example.org';
const base = process.env.BASE || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  integrations: [dataGate(), mdx()],
  build: { format: 'directory' },
  vite: {
    build: {
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
