/**
 * `npm run seal -- <year> [--date YYYY-MM-DD]`: seals a final year's published result as
 * data/scoring/seals/<year>.csv (or, after a correction is recorded in scoring/corrections.csv, as
 * <year>.corrected-<n>.csv, keeping the original) and records its hash. `--date` is the seal date
 * written to releases.csv (default: today). PORTAL_DATA_DIR / PORTAL_CONTENT_DIR choose the folders.
 * Exit code 0 when a seal was written; 1 with a message otherwise.
 */
import { dirsFromEnv } from '../src/lib/data/dataset.ts';
import { SealError, sealYear } from '../src/lib/evaluation/seal-write.ts';

const args = process.argv.slice(2);
const dateAt = args.indexOf('--date');
const date = dateAt >= 0 ? args[dateAt + 1] : new Date().toLocaleDateString('sv-SE');
const yearArg = args.find((a, i) => /^\d{4}$/.test(a) && (dateAt < 0 || i !== dateAt + 1));

if (!yearArg || !date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
  process.stderr.write('用法 Usage: npm run seal -- <年度 year> [--date YYYY-MM-DD]\n例如 e.g.: npm run seal -- 2025\n');
  process.exitCode = 1;
} else {
  try {
    const r = sealYear(dirsFromEnv(), Number(yearArg), date);
    process.stdout.write(`${r.message.zh}\n${r.message.en}\n`);
  } catch (e) {
    if (!(e instanceof SealError)) throw e;
    process.stderr.write(`${e.text.zh}\n${e.text.en}\n`);
    process.exitCode = 1;
  }
}
