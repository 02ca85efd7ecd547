/**
 * A link check over a built site: every internal href/src resolves to a built file, every #anchor to
 * an id on its page; and which pages are reachable from the home page by following links.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './build.ts';

export interface LinkProblem {
  page: string;
  link: string;
  problem: string;
}

const ATTR = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

function decodeEntities(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** The built file a site path maps to (a folder → its index.html), or undefined. */
function fileFor(dist: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  let p = join(dist, decodeURIComponent(pathname.slice(base.length)));
  if (existsSync(p) && statSync(p).isDirectory()) p = join(p, 'index.html');
  return existsSync(p) ? p : undefined;
}

export function checkLinks(dist: string, base = '/', origin = 'https://example.org'): { problems: LinkProblem[]; reachable: Set<string>; pages: string[] } {
  const pages = listFiles(dist).filter((f) => f.endsWith('.html'));
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) idsCache.set(file, (ids = new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((m) => decodeEntities(m[1]!)))));
    return ids;
  };
  const problems: LinkProblem[] = [];
  const edges = new Map<string, string[]>();
  for (const page of pages) {
    const html = readFileSync(join(dist, page), 'utf8');
    const pageUrl = new URL(base + page.replace(/index\.html$/, ''), origin);
    const targets: string[] = [];
    for (const m of html.matchAll(ATTR)) {
      const raw = decodeEntities(m[1]!);
      if (raw === '' || /^(mailto:|tel:|data:|javascript:)/i.test(raw)) continue;
      const u = new URL(raw, pageUrl);
      if (u.origin !== origin) continue; // external links are not checked here
      const file = fileFor(dist, base, u.pathname);
      if (!file) {
        problems.push({ page, link: raw, problem: 'no such file' });
        continue;
      }
      targets.push(file);
      if (u.hash && u.hash !== '#' && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(u.hash.slice(1)))) problems.push({ page, link: raw, problem: 'no such anchor' });
    }
    edges.set(join(dist, page), targets);
  }
  const reachable = new Set<string>();
  const queue = [join(dist, 'index.html')];
  while (queue.length) {
    const f = queue.pop()!;
    if (reachable.has(f)) continue;
    reachable.add(f);
    for (const t of edges.get(f) ?? []) if (t.endsWith('.html') && !reachable.has(t)) queue.push(t);
  }
  return { problems, reachable, pages };
}
