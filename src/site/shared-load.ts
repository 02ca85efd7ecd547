/**
 * One load of the data per build. The data gate (in Astro's config step) and the pages (rendered by
 * Vite's module runner, a separate module graph in the same process) both need the checked
 * dataset; this process-wide slot lets the pages reuse the gate's load instead of reading and
 * checking every file again.
 */
import { dirsFromEnv, loadDataset, type LoadResult } from '../lib/data/dataset.ts';

const SLOT = Symbol.for('park-chain-portal.load');
type Slot = { key: string; result: LoadResult };
const holder = globalThis as typeof globalThis & { [SLOT]?: Slot };

export function loadOnce(): LoadResult {
  const dirs = dirsFromEnv();
  const key = `${dirs.dataDir}|${dirs.contentDir}`;
  const cached = holder[SLOT];
  if (cached && cached.key === key) return cached.result;
  const result = loadDataset(dirs);
  holder[SLOT] = { key, result };
  return result;
}
