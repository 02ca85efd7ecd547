/**
 * The content loader over a folder of MDX files, with a stand-in for Astro's loader context: which files
 * it reads, the ids it gives, the HTML it stores, and what it does when files change between builds.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentFiles, contentLoader } from './content-loader.ts';

interface Stored { id: string; data: Record<string, unknown>; digest?: string | number; filePath?: string; rendered?: { html: string; metadata?: Record<string, unknown> } }

function fakeContext(root: string) {
  const entries = new Map<string, Stored>();
  let renders = 0;
  const ctx = {
    store: {
      get: (id: string) => entries.get(id),
      set: (e: Stored) => {
        renders++;
        entries.set(e.id, e);
        return true;
      },
      keys: () => [...entries.keys()],
      delete: (id: string) => void entries.delete(id),
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (s: string) => s.length + ':' + [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7),
    config: { root: pathToFileURL(root + '/'), base: '/' },
  };
  return { ctx, entries, renders: () => renders };
}

function folder(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'portal-loader-'));
  const dir = join(root, 'content', 'updates');
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { root, dir };
}

const mdx = (title: string, body: string) => `---\ntitle: "${title}"\ndate: '2025-01-02'\n---\n\n${body}\n`;

describe('contentLoader', () => {
  it('reads the originals (not the twins), with frontmatter as data and the body as HTML', async () => {
    const { root, dir } = folder({ 'a-news.mdx': mdx('甲', '## 要点\n\n正文'), 'a-news.en.mdx': mdx('A', 'Text'), 'b.mdx': mdx('乙', '乙正文'), 'notes.txt': 'x' });
    const { ctx, entries } = fakeContext(root);
    await contentLoader(dir).load(ctx as never);
    expect([...entries.keys()].sort()).toEqual(['a-news', 'b']);
    const a = entries.get('a-news')!;
    expect(a.data).toEqual({ title: '甲', date: '2025-01-02' });
    expect(a.filePath).toBe('content/updates/a-news.mdx');
    expect(a.rendered?.html).toBe('<h2 id="要点">要点</h2>\n<p>正文</p>');
  });
  it('reads the English twins under the original id', async () => {
    const { root, dir } = folder({ 'a-news.mdx': mdx('甲', '正文'), 'a-news.en.mdx': mdx('A', 'Text') });
    const { ctx, entries } = fakeContext(root);
    await contentLoader(dir, { english: true }).load(ctx as never);
    expect([...entries.keys()]).toEqual(['a-news']);
    expect(entries.get('a-news')!.rendered?.html).toBe('<p>Text</p>');
  });
  it('renders again only a changed file, and forgets a removed one', async () => {
    const { root, dir } = folder({ 'a.mdx': mdx('甲', '一'), 'b.mdx': mdx('乙', '二') });
    const { ctx, entries, renders } = fakeContext(root);
    await contentLoader(dir).load(ctx as never);
    expect(renders()).toBe(2);
    writeFileSync(join(dir, 'a.mdx'), mdx('甲', '一（改）'));
    rmSync(join(dir, 'b.mdx'));
    await contentLoader(dir).load(ctx as never);
    expect(renders()).toBe(3);
    expect([...entries.keys()]).toEqual(['a']);
    expect(entries.get('a')!.rendered?.html).toBe('<p>一（改）</p>');
  });
  it('refuses a body with code, naming the file and line', async () => {
    const { root, dir } = folder({ 'a.mdx': mdx('甲', "import fs from 'node:fs'") });
    const { ctx } = fakeContext(root);
    await expect(contentLoader(dir).load(ctx as never)).rejects.toThrow(/a\.mdx:6:1: import\/export/);
  });
  it('a missing folder has no entries', () => {
    expect(contentFiles('/nonexistent/folder', false)).toEqual([]);
  });
});
