/**
 * `npm run check`: checks every table and content file without building the site.
 *   --json   print the report as JSON
 * Under GitHub Actions it also prints annotations that show on the commit.
 * Exit code 0 when there is no error (warnings allowed), 1 otherwise.
 */
import { dirsFromEnv, loadDataset } from '../src/lib/data/dataset.ts';
import { formatReport, githubAnnotations, reportJson } from '../src/lib/data/report.ts';

const json = process.argv.includes('--json');
const { issues, acknowledged } = loadDataset(dirsFromEnv());
const failed = issues.some((i) => i.severity === 'error');
if (json) {
  process.stdout.write(reportJson(issues, acknowledged.length) + '\n');
} else {
  process.stdout.write(formatReport(issues, { color: process.stdout.isTTY === true, acknowledged: acknowledged.length }) + '\n');
}
if (process.env['GITHUB_ACTIONS'] === 'true' && issues.length > 0) process.stdout.write(githubAnnotations(issues) + '\n');
process.exitCode = failed ? 1 : 0;
