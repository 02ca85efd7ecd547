/**
 * Once per `npm test` run of the site project: build the bundled sample into a temporary folder that
 * every site test reads (inject('sampleDist')), and make sure a browser is there for the browser tests.
 */
import type { TestProject } from 'vitest/node';
import { buildSite } from './helpers/build.ts';
import { findChromium, INSTALL_HINT } from './helpers/browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    sampleDist: string;
    sampleBuildLog: string;
  }
}

export default function setup(project: TestProject) {
  if (!findChromium()) throw new Error(INSTALL_HINT);
  const build = buildSite();
  if (build.status !== 0) throw new Error(`The sample site did not build:\n${build.stdout}\n${build.stderr}`);
  project.provide('sampleDist', build.outDir);
  project.provide('sampleBuildLog', build.stdout + build.stderr);
}
