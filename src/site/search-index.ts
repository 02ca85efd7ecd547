/**
 * Astro integration: after the build, index the built pages with Pagefind (Chinese works because every
 * page is <html lang="zh-CN">; only `data-pagefind-body` content is indexed) into dist/pagefind/.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export function searchIndex(): AstroIntegration {
  return {
    name: 'portal-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['svg', '.chart details', '[data-pagefind-ignore]'] });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`Search index: ${added.page_count} pages.`);
      },
    },
  };
}
