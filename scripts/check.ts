/**
 * `npm run check`: checks every table and content file without building the site.
 *   --json   print the report as JSON
 * Under GitHub Actions it also prints annotations that show on the commit.
 * Exit code 0 when there is no error (warnings allowed), 1 otherwise.
 */
import { dirsFromEnv } from '../src/lib/data/dataset.ts';
import { checkCommand } from '../src/lib/data/check-command.ts';

const r = checkCommand(dirsFromEnv(), { json: process.argv.includes('--json'), github: process.env['GITHUB_ACTIONS'] === 'true', color: process.stdout.isTTY === true });
process.stdout.write(r.stdout);
process.exitCode = r.exitCode;
