/**
 * Steps that run over the finished site folder after `astro build` succeeded and before it replaces
 * dist/ (see scripts/build.ts). Each gets the folder's absolute path; a step that throws fails the
 * build and dist/ stays as it was. Add a step here (e.g. the search indexer) rather than chaining
 * commands in package.json, so `npm run build` and the tests' builds run exactly the same steps.
 */
export interface PostBuildStep {
  /** Shown in the build log and in the message when the step fails. */
  name: string;
  run(dir: string): void | Promise<void>;
}

import { indexSite } from '../../src/site/search-index.ts';

export const POST_BUILD_STEPS: PostBuildStep[] = [
  // The search index, after Astro has exited, one language at a time (src/site/search-index.ts).
  { name: 'search index', run: async (dir) => void (await indexSite(dir)) },
];
