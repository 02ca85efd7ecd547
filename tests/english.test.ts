/**
 * The English edition: every Chinese page has an English twin and back, each in its own html lang
 * with hreflang alternates and a language switch; no Chinese interface text on English pages (names
 * and untranslated prose excepted, and marked lang="zh-CN"); search indexed per language; feeds per
 * language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles, readPage } from './helpers/build.ts';
import { useSiteBrowser } from './helpers/site-browser.ts';

const dist = inject('sampleDist');
const pages = listFiles(dist).filter((f) => f.endsWith('.html') && f !== '404.html');
const zhPages = pages.filter((f) => !f.startsWith('en/'));
const enPages = pages.filter((f) => f.startsWith('en/'));

describe('twins', () => {
  it('every Chinese page has an English twin under /en/ and every English page a Chinese one', () => {
    expect(enPages.length).toBeGreaterThan(50);
    expect(enPages.map((f) => f.slice(3)).sort()).toEqual([...zhPages].sort());
  });
  it('each page declares its language, links its twin with hreflang and in a visible switch', () => {
    for (const f of zhPages) {
      const zh = readPage(dist, f);
      const en = readPage(dist, `en/${f}`);
      const path = `/${f.replace(/index\.html$/, '')}`;
      expect(zh, f).toContain('<html lang="zh-CN">');
      expect(en, f).toContain('<html lang="en">');
      for (const html of [zh, en]) {
        expect(html, f).toContain(`<link rel="alternate" hreflang="zh-CN" href="https://example.org${path}">`);
        expect(html, f).toContain(`<link rel="alternate" hreflang="en" href="https://example.org/en${path}">`);
      }
      expect(zh, f).toMatch(new RegExp(`class="lang-switch"><a href="/en${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
      expect(en, f).toMatch(new RegExp(`class="lang-switch"><a href="${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
    }
  });
  it('search is indexed for each language separately, in a bundle of its own', () => {
    const entry = (bundle: string) => JSON.parse(readFileSync(join(dist, bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const zh = entry('pagefind');
    const en = entry('en/pagefind');
    expect(Object.keys(zh.languages)).toEqual(['zh-cn']);
    expect(Object.keys(en.languages)).toEqual(['en']);
    expect(en.languages['en']!.page_count).toBeGreaterThan(50);
    expect(zh.languages['zh-cn']!.page_count).toBeGreaterThan(50);
  });
  it('has feeds in each language', () => {
    for (const feed of ['feeds/updates.xml', 'feeds/policies.xml']) {
      expect(readPage(dist, feed)).toContain('<language>zh-CN</language>');
      expect(readPage(dist, `en/${feed}`)).toContain('<language>en</language>');
    }
  });
});

describe('English pages in Chromium', () => {
  const site = useSiteBrowser(dist);

  it('show no Chinese interface text: any Chinese left (names without English, untranslated prose) is marked lang="zh-CN"', async () => {
    const page = await site.browser.newPage();
    const found: string[] = [];
    for (const f of enPages) {
      const path = `/${f.replace(/index\.html$/, '')}`;
      await page.goto(`${site.origin}${path}`);
      const bad = await page.evaluate(() => {
        const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;
        const out: string[] = [];
        const marked = (el: Element | null) => el?.closest('[lang="zh-CN"], [lang="zh"]') !== null && el?.closest('[lang="zh-CN"], [lang="zh"]') !== undefined;
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement;
          if (!el || el.closest('script, style, noscript')) continue;
          if (CJK.test(n.textContent ?? '') && !marked(el)) out.push(`<${el.tagName.toLowerCase()}> ${(n.textContent ?? '').trim().slice(0, 60)}`);
        }
        for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
          for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
            const v = el.getAttribute(a);
            if (v && CJK.test(v) && !marked(el)) out.push(`@${a} ${v.slice(0, 60)}`);
          }
        }
        if (CJK.test(document.title)) out.push(`<title> ${document.title}`);
        return out.slice(0, 5);
      });
      for (const b of bad) found.push(`${path}: ${b}`);
    }
    await page.close();
    expect(found).toEqual([]);
  });

  it('the English search page searches the English bundle and links English pages', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/en/search/?q=${encodeURIComponent('Baijiu')}`);
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 15_000 });
    const links = await page.$$eval('.pagefind-ui__result-link', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    await page.close();
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l).toMatch(/^\/en\//);
    expect(links).toContain('/en/chains/baijiu/');
  });
});
