/**
 * Properties of the build itself: deterministic output, and text that looks like markup rendered as
 * text everywhere (pages, charts, feeds, JSON-LD).
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { buildSite, listFiles, type BuildResult } from './helpers/build.ts';
import { copyFixture, ROOT, SAMPLE } from './helpers/fixture.ts';
import { serveStatic, type StaticServer } from './helpers/server.ts';
import { launchBrowser } from './helpers/browser.ts';

const hashes = (dir: string) => Object.fromEntries(listFiles(dir).map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));

describe('determinism', () => {
  it('two clean builds of the same tree give byte-identical dist/ (every file hashed)', () => {
    // A data folder given explicitly gets a cache folder of its own (see astro.config.mjs); clear
    // every cache before each build so both are clean.
    const clean = () => {
      rmSync(join(ROOT, 'node_modules', '.astro'), { recursive: true, force: true });
      rmSync(join(ROOT, '.astro'), { recursive: true, force: true });
    };
    clean();
    const a = buildSite(SAMPLE);
    clean();
    const b = buildSite(SAMPLE);
    expect([a.status, b.status]).toEqual([0, 0]);
    const ha = hashes(a.outDir);
    expect(Object.keys(ha).length).toBeGreaterThan(100);
    expect(hashes(b.outDir)).toEqual(ha);
  });
});

describe('escaping', () => {
  const EVIL = '<script>alert("x")</script> & </svg>';
  let build: BuildResult;
  let server: StaticServer;
  let browser: BrowserContext;
  beforeAll(async () => {
    const f = copyFixture();
    const csv = (s: string) => `"${s.replace(/"/g, '""')}"`;
    f.replace('data/parks.csv', '北岭经济开发区,', `${csv(`北岭${EVIL}园`)},`);
    f.replace('data/parks.csv', ',茶叶,Tea,', `,${csv(`茶叶${EVIL}`)},Tea,`);
    f.replace('data/chains.csv', /\n(tea,)[^,]+,/, `\n$1${csv(`茶叶${EVIL}`)},`);
    f.replace('content/policies/tea-support.mdx', /title: "[^"]+"/, `title: '政策${EVIL.replace(/'/g, "''")}'`);
    f.replace('content/policies/tea-support.mdx', /summary: "[^"]+"/, `summary: '摘要${EVIL.replace(/'/g, "''")}'`);
    const update = listFiles(f.contentDir).find((x) => x.startsWith('updates/'))!;
    f.replace(`content/${update}`, /title: "[^"]+"/, `title: '动态${EVIL.replace(/'/g, "''")}'`);
    build = buildSite({ dataDir: f.dataDir, contentDir: f.contentDir });
    server = await serveStatic(build.outDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('builds', () => {
    expect(build.status, build.stdout + build.stderr).toBe(0);
  });

  it('no page, chart, feed or JSON-LD block carries the markup raw', () => {
    for (const f of listFiles(build.outDir)) {
      if (!/\.(html|xml|svg)$/.test(f)) continue;
      const text = readFileSync(join(build.outDir, f), 'utf8');
      // Inside a quoted attribute value "<" is inert text (HTML parsers do not end the value there),
      // so look at everything outside attribute values.
      const outsideAttributes = text.replace(/="[^"]*"/g, '=""');
      expect(outsideAttributes, f).not.toContain('<script>alert');
      expect(outsideAttributes, f).not.toMatch(/[^&]<\/svg> &/);
      for (const m of text.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        expect(m[1], f).not.toMatch(/<|>/);
        expect(() => JSON.parse(m[1]!), f).not.toThrow();
      }
    }
    const feed = readFileSync(join(build.outDir, 'feeds', 'policies.xml'), 'utf8');
    expect(feed).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;/svg&gt;');
  });

  it('shows the text literally in the browser and runs nothing', async () => {
    const page = await browser.newPage();
    let dialogs = 0;
    page.on('dialog', async (d) => {
      dialogs++;
      await d.dismiss();
    });
    for (const path of ['/parks/north-park/', '/parks/', '/chains/tea/', '/policies/tea-support/', '/', '/rankings/', '/data/']) {
      await page.goto(`${server.origin}${path}`);
      const text = (await page.textContent('main')) ?? '';
      if (path !== '/data/') expect(text, path).toContain(EVIL);
    }
    expect(await page.title()).not.toContain('<script>alert');
    expect(dialogs).toBe(0);
    await page.close();
  });
});
