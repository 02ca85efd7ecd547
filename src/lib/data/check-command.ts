/**
 * What `npm run check` does, as a function: load and check everything, and say what to print and
 * which exit code to give. The script (scripts/check.ts) only writes it out; tests call it directly.
 */
import { loadDataset, type PortalDirs } from './dataset.ts';
import { formatReport, githubAnnotations, reportJson } from './report.ts';
import type { DataIssue } from './issues.ts';

export interface CheckOutcome {
  /** 0 when there is no error (warnings allowed), 1 otherwise. */
  exitCode: 0 | 1;
  stdout: string;
  issues: DataIssue[];
}

export function checkCommand(dirs: PortalDirs, { json = false, github = false, color = false, cwd = process.cwd() } = {}): CheckOutcome {
  const { issues, acknowledged } = loadDataset(dirs, cwd);
  const failed = issues.some((i) => i.severity === 'error');
  let stdout = json ? reportJson(issues, acknowledged.length) : formatReport(issues, { color, acknowledged: acknowledged.length });
  stdout += '\n';
  if (github && issues.length > 0) stdout += githubAnnotations(issues) + '\n';
  return { exitCode: failed ? 1 : 0, stdout, issues };
}
