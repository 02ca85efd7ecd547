/**
 * The programme's working parts on the built pages, against the data they come from: each chain's
 * work files and the kinds still missing.
 */
import { describe, expect, inject, it } from 'vitest';
import { readPage } from './helpers/build.ts';
import { SAMPLE } from './helpers/fixture.ts';
import { loadDataset } from '../src/lib/data/dataset.ts';
import { DOCUMENT_EXISTS, DOCUMENT_KINDS } from '../src/lib/data/programme-tables.ts';

const dist = inject('sampleDist');
const dataset = loadDataset(SAMPLE).dataset!;
const { chains, chainDocuments } = dataset.tables;

/** Text as Astro writes it into HTML. */
const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** The markup of the section headed by `id`. */
function section(pageHtml: string, id: string): string {
  const start = pageHtml.indexOf(`<section aria-labelledby="${id}"`);
  expect(start, id).toBeGreaterThan(-1);
  return pageHtml.slice(start, pageHtml.indexOf('</section>', start));
}
const rowsOf = (markup: string, attr: string) => [...markup.matchAll(new RegExp(`<tr data-kind="([a-z_]+)"(?: ${attr}="([^"]+)")?>`, 'g'))].map((m) => m[2] ?? `(${m[1]})`);

describe('chain work files', () => {
  it('the sample has work files for every chain, and some chains miss a kind', () => {
    for (const c of chains) expect(chainDocuments.some((d) => d.chain_id === c.id), c.id).toBe(true);
    expect(chains.some((c) => DOCUMENT_KINDS.some((k) => !chainDocuments.some((d) => d.chain_id === c.id && d.kind === k.value && DOCUMENT_EXISTS.has(d.status))))).toBe(true);
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: each chain page lists its documents by kind, links them, and names exactly the kinds with no existing document`, () => {
      for (const c of chains) {
        const page = readPage(dist, `${lang === 'en' ? 'en/' : ''}chains/${c.id}/index.html`);
        const s = section(page, 'docs-h');
        const docs = chainDocuments.filter((d) => d.chain_id === c.id);
        // One row per document in kind order, or one "none yet" row for an empty kind.
        const expected = DOCUMENT_KINDS.flatMap((k) => {
          const ids = docs.filter((d) => d.kind === k.value).map((d) => d.id);
          return ids.length ? ids.sort() : [`(${k.value})`];
        });
        const shown = rowsOf(s, 'data-document');
        expect([...shown].sort(), c.id).toEqual([...expected].sort());
        for (const d of docs) {
          if (d.link === null) continue;
          const href = d.link.startsWith('/') && !/\.[a-z0-9]+(?:[?#].*)?$/i.test(d.link) && lang === 'en' ? `/en${d.link}` : d.link;
          expect(s, `${c.id} ${d.id}`).toContain(`href="${html(href)}"`);
        }
        const missing = DOCUMENT_KINDS.filter((k) => !docs.some((d) => d.kind === k.value && DOCUMENT_EXISTS.has(d.status))).map((k) => k[lang]);
        if (missing.length === 0) expect(s).toContain(lang === 'en' ? 'Every kind has at least one document.' : '四类文件都已有至少一份。');
        else expect(s, c.id).toContain(lang === 'en' ? `Still missing: ${missing.join(', ')} (` : `尚缺：${missing.join('、')}（`);
      }
    });
  }

  it('the chain map and the firm and project lists link in as the map and databases they are, on the chain page itself', () => {
    const s = section(readPage(dist, 'chains/baijiu/index.html'), 'docs-h');
    expect(s).toMatch(/<tr data-kind="map" data-document="chain-map">[\s\S]*?href="\/chains\/baijiu\/#map-h"/);
    expect(s).toMatch(/<tr data-kind="database" data-document="firm-list">[\s\S]*?href="\/chains\/baijiu\/#segments-h"/);
    expect(s).toMatch(/<tr data-kind="database" data-document="project-list">[\s\S]*?href="\/chains\/baijiu\/#projects-h"/);
  });
});
