/**
 * Once per `npm test` run of the site project: build the bundled sample into a temporary folder that
 * every site test reads (inject('sampleDist')), and make sure a browser is there for the browser tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildSite } from './helpers/build.ts';
import { findChromium, INSTALL_HINT } from './helpers/browser.ts';

/**
 * The browser tests never skip. Without Chromium: on Debian as root, install it (saying so);
 * anywhere else, stop with one line that says how.
 */
function ensureChromium(): void {
  if (findChromium()) return;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    process.stderr.write('Chromium not found: installing it for the browser tests (apt-get install -y chromium fonts-noto-cjk)…\n');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
  }
  if (!findChromium()) {
    process.stderr.write(`${INSTALL_HINT}\n`);
    process.exit(1);
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    sampleDist: string;
    sampleBuildLog: string;
  }
}

export default function setup(project: TestProject) {
  ensureChromium();
  const build = buildSite();
  if (build.status !== 0) throw new Error(`The sample site did not build:\n${build.stdout}\n${build.stderr}`);
  project.provide('sampleDist', build.outDir);
  project.provide('sampleBuildLog', build.stdout + build.stderr);
}
