/** Building the site from any data and content folders into any output folder, as a child process running scripts/build.ts (the same steps as `npm run build`). */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ROOT } from './fixture.ts';

export interface BuildResult {
  status: number | null;
  stdout: string;
  stderr: string;
  outDir: string;
}

export function buildSite(opts: { dataDir?: string; contentDir?: string; outDir?: string; env?: Record<string, string> } = {}): BuildResult {
  const outDir = opts.outDir ?? join(mkdtempSync(join(tmpdir(), 'portal-dist-')), 'dist');
  const env: Record<string, string> = { ...(process.env as Record<string, string>), ASTRO_TELEMETRY_DISABLED: '1', ...opts.env };
  // Vitest puts Vite's own variables (BASE_URL, MODE, PROD…) into process.env; a child build would
  // read them as its own and ignore BASE.
  for (const k of Object.keys(env)) if (/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(k)) delete env[k];
  if (opts.dataDir) env['PORTAL_DATA_DIR'] = opts.dataDir;
  if (opts.contentDir) env['PORTAL_CONTENT_DIR'] = opts.contentDir;
  // Exactly what `npm run build` runs (check, astro build into a staging folder, post-build steps,
  // swap). process.execPath is the Node that runs the tests: the pinned Node 24 under `npm test`.
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.ts'), '--outDir', outDir], { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, outDir };
}

/** Every file under a folder, as paths relative to it, sorted. */
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

/** A built file's text, without Astro's scoped-style attributes (`data-astro-cid-…`) so tests can match markup. */
export function readPage(outDir: string, path: string): string {
  return readFileSync(join(outDir, path), 'utf8').replace(/ data-astro-cid-[a-z0-9]+/g, '');
}
