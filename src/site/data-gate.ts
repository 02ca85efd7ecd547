/**
 * Astro integration: check the data before Astro reads or writes anything. A build over bad data
 * prints the same report as `npm run check` and exits non-zero, with no stack trace and nothing
 * written to dist/.
 */
import type { AstroIntegration } from 'astro';
import { loadOnce } from './shared-load.ts';
import { formatReport, githubAnnotations } from '../lib/data/report.ts';

export function dataGate(): AstroIntegration {
  return {
    name: 'portal-data-gate',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'preview') return;
        const { issues } = loadOnce();
        const errors = issues.filter((i) => i.severity === 'error').length;
        // scripts/build.ts has already printed the warnings (PORTAL_REPORTED=1): say them once.
        if (issues.length > 0 && errors === 0 && process.env['PORTAL_REPORTED'] !== '1') logger.warn(`\n${formatReport(issues)}`);
        if (errors === 0) return;
        process.stderr.write(`\n${formatReport(issues, { color: process.stderr.isTTY === true })}\n`);
        if (process.env['GITHUB_ACTIONS'] === 'true') process.stdout.write(githubAnnotations(issues) + '\n');
        process.stderr.write('\n数据检查未通过，未生成网站。 The data check failed; the site was not built.\n');
        process.exit(1);
      },
    },
  };
}
