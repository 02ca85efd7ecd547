import { describe, expect, it } from 'vitest';
import { DIGEST_PAGES, pageDigest, pageForIndex, pageUrl, wordEstimate } from './search-index.ts';

/** A project page as the build writes it (shortened: the same elements, attributes and order). */
const PROJECT = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>峒屿百合精深加工项目 · 湘西州园区产业链公开平台</title></head>
<body><header><nav aria-label="主导航"><a href="/parks/">园区</a></nav></header>
<main id="main" data-pagefind-body><div hidden><span data-pagefind-filter="类型:招商项目"></span><span data-pagefind-filter="县市区:永顺县"></span><span data-pagefind-filter="产业链:中药材精深加工"></span></div>
<nav aria-label="面包屑" class="breadcrumbs"><ol><li><a href="/">首页</a></li></ol></nav>
<h1 data-astro-cid-xrwia3g2>峒屿百合精深加工项目</h1>
<section aria-labelledby="facts-h"><h2 id="facts-h">基本情况</h2><dl class="facts" data-astro-cid-xrwia3g2>
<dt>产业链</dt><dd data-astro-cid-xrwia3g2><a href="/chains/herbal-medicine/">中药材精深加工</a></dd>
<dt>园区</dt><dd><a href="/parks/yongshun-econ/">永顺经济开发区</a></dd>
<dt>县市区</dt><dd data-astro-cid-xrwia3g2>永顺县</dd>
<dt>投资方</dt><dd data-astro-cid-xrwia3g2>武汉峒屿百合食品有限公司</dd>
<dt>投资方来源地</dt><dd>湖北武汉</dd>
<dt>合同投资额</dt><dd data-contracted data-astro-cid-xrwia3g2>3,500 万元</dd>
<dt>到位资金</dt><dd data-funds>2,980 万元</dd>
<dt>进展</dt><dd data-stage="in_production">已投产（含试生产）</dd>
<dt>备注</dt><dd>试生产（示例）</dd></dl></section>
<section><h2>计划与实际进度</h2><div class="table-wrap"><table><tr><td>2025-01</td><td>1,980</td></tr></table></div></section>
<figure class="chart"><figcaption>投资进度</figcaption><svg viewBox="0 0 10 10"><text>2,980</text></svg></figure>
</main><footer>页脚</footer></body></html>`;

describe('search index: what Pagefind is sent', () => {
  it('sends a page’s <main> only, with its tables and SVG cut out, keeping its language and title', () => {
    const sent = pageForIndex(PROJECT);
    expect(sent).toMatch(/^<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>峒屿百合精深加工项目 · 湘西州园区产业链公开平台<\/title>/);
    expect(sent).toContain('<main id="main" data-pagefind-body>');
    expect(sent).toContain('武汉峒屿百合食品有限公司');
    expect(sent).not.toContain('<table');
    expect(sent).not.toContain('<svg');
    expect(sent).not.toContain('主导航');
    expect(sent).not.toContain('页脚');
    expect(sent.endsWith('</main></body></html>')).toBe(true);
  });

  it('leaves nested tables to Pagefind’s own selectors rather than cutting them wrongly', () => {
    const nested = PROJECT.replace('<table><tr>', '<table><tr><td><table><tr><td>x</td></tr></table></td></tr><tr>');
    const sent = pageForIndex(nested);
    expect(sent.match(/<table/g)).toHaveLength(2);
  });

  it('sends a page without data-pagefind-body as it is (Pagefind skips it, as before)', () => {
    const page = '<html lang="en"><body><p>Redirecting…</p></body></html>';
    expect(pageForIndex(page)).toBe(page);
  });

  it('indexes a project page by its digest: filters, title and the facts that name it', () => {
    const digest = pageDigest(PROJECT)!;
    expect(digest).toContain('<html lang="zh-CN">');
    expect(digest).toContain('<span data-pagefind-filter="县市区:永顺县"></span>');
    expect(digest).toContain('<h1 data-astro-cid-xrwia3g2>峒屿百合精深加工项目</h1>');
    // Investor, origin and note; not the linked chain and park, the county (a filter), amounts or stage.
    expect(digest).toContain('<p>武汉峒屿百合食品有限公司 · 湖北武汉 · 试生产（示例）</p>');
    for (const left of ['永顺经济开发区', '3,500', '2,980', '已投产', '基本情况', '1,980']) expect(digest, left).not.toContain(left);
  });

  it('has no digest for a page without a heading (it is then indexed whole)', () => {
    expect(pageDigest(PROJECT.replace(/<h1[^>]*>.*?<\/h1>/, ''))).toBeNull();
    expect(pageDigest('<html lang="zh-CN"><body><main>x</main></body></html>')).toBeNull();
  });

  it('digests project pages only, not the paged project list', () => {
    const digested = (p: string) => DIGEST_PAGES.some((re) => re.test(p));
    expect(digested('projects/p001/index.html')).toBe(true);
    expect(digested('projects/index.html')).toBe(false);
    expect(digested('projects/page/2/index.html')).toBe(false);
    expect(digested('projects/rates/index.html')).toBe(false);
    expect(digested('parks/p001/index.html')).toBe(false);
  });

  it('counts a CJK character as a word and a run of other letters or digits as one', () => {
    // 园 区 企 业 + "No." + "100" + "parks" + 家 = 8
    expect(wordEstimate('<p>园区企业 No. 100 <b>parks</b>家</p>')).toBe(8);
  });

  it('gives a page’s URL within its language as Pagefind wrote it', () => {
    expect(pageUrl('parks/x/index.html')).toBe('/parks/x/');
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('404.html')).toBe('/404.html');
  });
});
