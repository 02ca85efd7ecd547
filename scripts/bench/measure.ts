/**
 * Measuring a build: run it as a child process while sampling the memory of its whole process tree,
 * then weigh what it wrote (size of the output, page weight with the CSS and JS each page loads,
 * which pages ship a script).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadavg } from 'node:os';

export interface RunResult {
  status: number | null;
  wallMs: number;
  /** User + system CPU time of the process and the descendants it waited for (from /usr/bin/time), when available. */
  cpuMs: number | null;
  /** 1-minute load average before and after: other work on the machine inflates wall times. */
  loadBefore: number;
  loadAfter: number;
  /** Highest sum of the resident memory of the child and all its descendants, sampled every `intervalMs`. */
  peakTreeRssBytes: number;
  /** Highest resident memory of any single process of the tree. */
  peakProcessRssBytes: number;
  /** Highest resident memory seen per command name (`node`, `pagefind_extend`…; /proc/<pid>/comm). */
  peakByCommand: Record<string, number>;
  samples: number;
  logFile: string;
}

/** The environment of a child build: no telemetry, and none of Vitest's or Vite's own variables (see tests/helpers/build.ts). */
export function buildEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = { ...(process.env as Record<string, string>), ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  for (const k of Object.keys(env)) if (/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(k)) delete env[k];
  return env;
}

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const t of tasks) {
    try {
      const c = readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').trim();
      if (c) for (const x of c.split(/\s+/)) out.push(Number(x));
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return out;
}

function rssBytes(pid: number): number {
  try {
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function command(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '?';
  }
}

/** Resident memory of a process and all its descendants: [sum, largest single process]; `byCommand` keeps each command's highest. */
export function treeRss(root: number, byCommand?: Record<string, number>): [number, number] {
  let sum = 0;
  let max = 0;
  const stack = [root];
  const seen = new Set<number>();
  while (stack.length) {
    const pid = stack.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    const r = rssBytes(pid);
    sum += r;
    max = Math.max(max, r);
    if (byCommand && r > 0) {
      const c = command(pid);
      byCommand[c] = Math.max(byCommand[c] ?? 0, r);
    }
    stack.push(...childrenOf(pid));
  }
  return [sum, max];
}

const TIME = '/usr/bin/time';

/**
 * Runs a command, its output into `logFile`, sampling the memory of its process tree. When GNU time is
 * installed the command runs under it, for the CPU time of the whole tree.
 */
export function runMeasured(cmd: string, args: string[], opts: { cwd: string; env: Record<string, string>; logFile: string; intervalMs?: number }): Promise<RunResult> {
  const interval = opts.intervalMs ?? 100;
  const timeFile = `${opts.logFile}.time`;
  const timed = existsSync(TIME);
  const loadBefore = loadavg()[0]!;
  return new Promise((resolvePromise, reject) => {
    const log = createWriteStream(opts.logFile);
    const t0 = performance.now();
    const child = timed ? spawn(TIME, ['-f', '%U %S', '-o', timeFile, cmd, ...args], { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] }) : spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    let peakTree = 0;
    let peakProc = 0;
    let samples = 0;
    const byCommand: Record<string, number> = {};
    const sample = () => {
      if (child.pid === undefined) return;
      const [sum, max] = treeRss(child.pid, byCommand);
      if (sum === 0) return;
      samples++;
      peakTree = Math.max(peakTree, sum);
      peakProc = Math.max(peakProc, max);
    };
    const timer = setInterval(sample, interval);
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('close', (status) => {
      const wallMs = performance.now() - t0;
      clearInterval(timer);
      let cpuMs: number | null = null;
      if (timed && existsSync(timeFile)) {
        const m = /([\d.]+)\s+([\d.]+)\s*$/.exec(readFileSync(timeFile, 'utf8').trim());
        if (m) cpuMs = (Number(m[1]) + Number(m[2])) * 1000;
      }
      log.end(() => resolvePromise({ status, wallMs, cpuMs, loadBefore, loadAfter: loadavg()[0]!, peakTreeRssBytes: peakTree, peakProcessRssBytes: peakProc, peakByCommand: byCommand, samples, logFile: opts.logFile }));
    });
  });
}

/** Every file under a folder, as paths relative to it (with `/`), sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

export interface PageWeight {
  /** Path under dist/, e.g. `parks/park-0001/index.html`. */
  page: string;
  /** The HTML file's own size, raw. */
  htmlBytes: number;
  htmlGzip: number;
  cssGzip: number;
  jsGzip: number;
  total: number;
  /** Executable scripts: inline ones and files it loads (JSON data blocks do not count). */
  scripts: number;
}

export interface DistReport {
  files: number;
  bytes: number;
  /** Of which the search index (dist/pagefind/). */
  pagefindBytes: number;
  htmlPages: number;
  weights: PageWeight[];
}

const ATTR = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(2).find((x) => x !== undefined);

/** Is a `<script …>` tag executable? (No type, a JavaScript type or a module; not JSON or JSON-LD.) */
function executable(tag: string): boolean {
  const type = ATTR(tag, 'type')?.toLowerCase();
  return type === undefined || type === '' || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
}

/**
 * Weighs every HTML page: gzip of the HTML plus gzip of each stylesheet and script file it loads
 * (with the modules those import statically), each counted once per page, as a first visit costs.
 * Scripts loaded later with import() (Pagefind's UI on the search page) are not counted.
 */
export function weighDist(dist: string, base = '/'): DistReport {
  const all = listFiles(dist);
  let bytes = 0;
  let pagefindBytes = 0;
  for (const f of all) {
    const s = statSync(join(dist, f)).size;
    bytes += s;
    if (f.startsWith('pagefind/')) pagefindBytes += s;
  }
  const gz = new Map<string, number>();
  const gzipOf = (file: string) => {
    let n = gz.get(file);
    if (n === undefined) {
      n = existsSync(file) ? gzipSync(readFileSync(file)).length : 0;
      gz.set(file, n);
    }
    return n;
  };
  /** Local file for a URL in a page, or undefined for another site. */
  const local = (href: string, from: string): string | undefined => {
    if (/^(https?:)?\/\//i.test(href) || href.startsWith('data:')) return undefined;
    const path = decodeURIComponent(href.split(/[?#]/)[0]!);
    if (path.startsWith('/')) return join(dist, path.startsWith(base) ? path.slice(base.length) : path.slice(1));
    return resolve(dirname(from), path);
  };
  const importsOf = new Map<string, string[]>();
  const moduleClosure = (file: string, acc: Set<string>) => {
    if (acc.has(file)) return;
    acc.add(file);
    let deps = importsOf.get(file);
    if (!deps) {
      deps = [];
      const src = existsSync(file) ? readFileSync(file, 'utf8') : '';
      for (const m of src.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]*?\sfrom\s*)?["']([^"']+\.m?js)["']/g)) {
        const dep = local(m[1]!, file);
        if (dep) deps.push(dep);
      }
      importsOf.set(file, deps);
    }
    for (const d of deps) moduleClosure(d, acc);
  };

  const weights: PageWeight[] = [];
  for (const page of all.filter((f) => f.endsWith('.html'))) {
    const file = join(dist, page);
    const html = readFileSync(file, 'utf8');
    const css = new Set<string>();
    const js = new Set<string>();
    let scripts = 0;
    for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
      const rel = ATTR(m[0], 'rel')?.toLowerCase() ?? '';
      const href = ATTR(m[0], 'href');
      if (!href) continue;
      const f = local(href, file);
      if (!f) continue;
      if (rel.split(/\s+/).includes('stylesheet')) css.add(f);
      else if (rel === 'modulepreload') moduleClosure(f, js);
    }
    for (const m of html.matchAll(/<script\b[^>]*>/gi)) {
      if (!executable(m[0])) continue;
      scripts++;
      const src = ATTR(m[0], 'src');
      const f = src ? local(src, file) : undefined;
      if (f) moduleClosure(f, js);
    }
    const htmlGzip = gzipSync(html).length;
    const cssGzip = [...css].reduce((s, f) => s + gzipOf(f), 0);
    const jsGzip = [...js].reduce((s, f) => s + gzipOf(f), 0);
    weights.push({ page, htmlBytes: Buffer.byteLength(html), htmlGzip, cssGzip, jsGzip, total: htmlGzip + cssGzip + jsGzip, scripts });
  }
  return { files: all.length, bytes, pagefindBytes, htmlPages: weights.length, weights };
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Seconds between two `HH:MM:SS` log timestamps (Astro's log lines), wrapping past midnight. */
export function logSeconds(from: string, to: string): number {
  const s = (t: string) => t.split(':').reduce((acc, x) => acc * 60 + Number(x), 0);
  const d = s(to) - s(from);
  return d < 0 ? d + 86_400 : d;
}

/** A page's path without a leading language segment (`en/parks/x/index.html` → `parks/x/index.html`). */
const LANG_PREFIX = /^[a-z]{2}(?:-[a-z]{2,4})?\//;
export const unlang = (page: string) => page.replace(LANG_PREFIX, '');

/**
 * The kind of an HTML page, from its path: `parks/<id>/index.html` → `park`, `parks/index.html` and
 * `parks/page/3/index.html` → `parks list`; deeper pages by their path with ids as `<id>`
 * (`chains/<id>/firms`, `projects/rates/<id>`, `invest/sites/county/<id>`). A segment is an id
 * unless it is a plain lower-case word.
 */
export function pageKind(page: string): string {
  const path = unlang(page);
  const parts = path.split('/');
  if (parts.length === 1) return path === 'index.html' ? 'home' : path.replace(/\.html$/, '');
  if (parts.length === 2 || (parts.length === 4 && parts[1] === 'page')) return `${parts[0]} list`;
  const item = ITEM_KINDS[parts[0]!];
  if (parts.length === 3 && item) return item;
  return parts.slice(0, -1).map((seg, i) => (i === 0 || /^[a-z]+$/.test(seg) ? seg : '<id>')).join('/');
}
const ITEM_KINDS: Record<string, string> = { parks: 'park', chains: 'chain', policies: 'policy', updates: 'update', rankings: 'ranking year', data: 'data table', projects: 'project', dispatch: 'dispatch month', inspections: 'inspection quarter' };

/**
 * The kind of any file under dist/, for bytes by kind: HTML pages by page kind (`html: park`); the open
 * data (`/data/` tables as CSV and JSON, other files there); CSV and JSON next to pages (a park's CSV,
 * a ranking year's CSV and what-if inputs); the search index; assets (hashed CSS and JS, images, files);
 * feeds and site maps.
 */
export function fileKind(file: string): string {
  if (file.endsWith('.html')) return `html: ${pageKind(file)}`;
  const path = unlang(file);
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  if (path.startsWith('pagefind/')) return 'search index';
  if (path.startsWith('data/')) return ext === 'csv' || ext === 'json' ? `open data: /data/ ${ext.toUpperCase()}` : 'open data: /data/ other';
  if (path.startsWith('feeds/') || /^sitemap.*\.xml$/.test(path) || path === 'robots.txt') return 'feeds, sitemaps, robots';
  if (ext === 'csv' || ext === 'json') return `${ext.toUpperCase()} beside pages: ${path.split('/')[0]}/`;
  // Hashed CSS and JS, downloadable files, the icon: whatever else the pages load or link.
  if (path.startsWith('_astro/') || path.startsWith('files/') || !path.includes('/')) return 'assets';
  return 'other';
}

export interface KindBytes {
  files: number;
  bytes: number;
}

/** Files and bytes of dist/ by kind (see `fileKind`), largest first. */
export function distByKind(dist: string, files: readonly string[] = listFiles(dist)): Record<string, KindBytes> {
  const by = new Map<string, KindBytes>();
  for (const f of files) {
    const k = fileKind(f);
    const e = by.get(k) ?? { files: 0, bytes: 0 };
    e.files++;
    e.bytes += statSync(join(dist, f)).size;
    by.set(k, e);
  }
  return Object.fromEntries([...by].sort((a, b) => b[1].bytes - a[1].bytes || (a[0] < b[0] ? -1 : 1)));
}
