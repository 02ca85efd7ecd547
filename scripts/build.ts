/**
 * `npm run build [-- --outDir <dir>]`: the site, built all or nothing.
 *   1. check the data and content (the same check as `npm run check`); stop on any error;
 *   2. `astro build` into a temporary folder beside the output folder;
 *   3. run the post-build steps (scripts/build/post-build.ts) over that folder;
 *   4. only then replace the output folder (default dist/) with it.
 * On any failure it prints the report or the error (no stack trace), removes the temporary folder
 * and leaves the previous output folder exactly as it was. Exit code 0 on success, 1 otherwise.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { dirsFromEnv, loadDataset } from '../src/lib/data/dataset.ts';
import { formatReport, githubAnnotations } from '../src/lib/data/report.ts';
import { replaceDir, stagingDirFor, withoutStackTrace } from './build/atomic.ts';
import { POST_BUILD_STEPS } from './build/post-build.ts';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const outArg = args.indexOf('--outDir');
const target = resolve(outArg >= 0 && args[outArg + 1] ? args[outArg + 1]! : join(ROOT, 'dist'));
const color = process.stderr.isTTY === true;

function fail(message: string): never {
  process.stderr.write(`\n${message}\n\n构建失败，网站未更新（${target} 保持原样）。 The build failed; the site was not updated (${target} is unchanged).\n`);
  process.exit(1);
}

// 1. The data gate, before anything is written.
const { issues, acknowledged } = loadDataset(dirsFromEnv());
if (issues.some((i) => i.severity === 'error')) {
  if (process.env['GITHUB_ACTIONS'] === 'true') process.stdout.write(githubAnnotations(issues) + '\n');
  fail(formatReport(issues, { color, acknowledged: acknowledged.length }));
}
if (issues.length > 0) process.stdout.write(formatReport(issues, { acknowledged: acknowledged.length }) + '\n');

// 2. Astro into a staging folder.
mkdirSync(dirname(target), { recursive: true });
const staging = stagingDirFor(target);
const site = join(staging, 'site');
const cleanUp = () => rmSync(staging, { recursive: true, force: true });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    cleanUp();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PORTAL_REPORTED: '1' };
const astro = spawn(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', site], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
let log = '';
let pending = '';
astro.stdout.on('data', (b: Buffer) => {
  const text = pending + b.toString();
  const cut = text.lastIndexOf('\n') + 1;
  pending = text.slice(cut);
  if (cut > 0) process.stdout.write(withoutStackTrace(text.slice(0, cut)));
  log += b.toString();
});
astro.stderr.on('data', (b: Buffer) => {
  log += b.toString();
});
const code: number = await new Promise((done) => astro.on('close', (c) => done(c ?? 1)));
if (pending) process.stdout.write(withoutStackTrace(pending));
if (code !== 0 || !existsSync(site)) {
  cleanUp();
  fail(withoutStackTrace(log.slice(-20_000)).trim());
}

// 3. Post-build steps over the finished folder.
for (const step of POST_BUILD_STEPS) {
  try {
    await step.run(site);
    process.stdout.write(`post-build: ${step.name} ✓\n`);
  } catch (e) {
    cleanUp();
    fail(`post-build 步骤失败 step failed: ${step.name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

// 4. Swap it in.
try {
  replaceDir(site, target);
} catch (e) {
  cleanUp();
  fail(`无法替换输出目录 Could not replace the output folder: ${e instanceof Error ? e.message : String(e)}`);
}
cleanUp();
process.stdout.write(`网站已生成 The site was built: ${target}\n`);
