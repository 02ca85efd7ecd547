/**
 * `npm run diff -- <git-ref> [--markdown]`: what the working tree changes in the data and content
 * since <git-ref> (HEAD, main, HEAD~3, a tag or a commit): rows added, removed and changed per table,
 * cell by cell; MDX files added, removed or edited; and each year's ranking and grades before and
 * after. `--markdown` prints the same as Markdown, for a pull request or a CI job summary.
 * PORTAL_DATA_DIR and PORTAL_CONTENT_DIR choose the folders, as for `npm run check`.
 * Exit code 0 after printing the diff; 1 on a bad ref or data that fails the check (with a message).
 */
import { dirsFromEnv } from '../src/lib/data/dataset.ts';
import { DiffError } from '../src/lib/diff/git.ts';
import { formatDiffMarkdown, formatDiffText } from '../src/lib/diff/format.ts';
import { runDiff } from '../src/lib/diff/run.ts';

const args = process.argv.slice(2);
const markdown = args.includes('--markdown');
const refs = args.filter((a) => a !== '--markdown');

if (refs.length !== 1) {
  process.stderr.write('用法 Usage: npm run diff -- <git-ref> [--markdown]\n例如 e.g.: npm run diff -- HEAD    npm run diff -- main --markdown\n');
  process.exitCode = 1;
} else {
  try {
    const { diff, labels } = runDiff(refs[0]!, dirsFromEnv());
    process.stdout.write((markdown ? formatDiffMarkdown(diff, labels) : formatDiffText(diff, labels)) + '\n');
  } catch (e) {
    if (!(e instanceof DiffError)) throw e;
    process.stderr.write(`${e.text.zh}\n${e.text.en}\n`);
    process.exitCode = 1;
  }
}
