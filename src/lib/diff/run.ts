/**
 * `npm run diff -- <git-ref>`: the data and content at a git ref against the working tree. Both
 * versions must pass the data check (a ranking of broken data means nothing); every failure is a
 * DiffError with a message for staff, never a stack trace.
 */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadDataset, type Dataset, type PortalDirs } from '../data/dataset.ts';
import { countErrors, type DataIssue } from '../data/issues.ts';
import { formatReport } from '../data/report.ts';
import { diffDatasets, type DataDiff } from './compare.ts';
import { checkoutFolders, DiffError, inRepo, repoRoot, resolveRef } from './git.ts';
import type { DiffLabels } from './format.ts';

export interface DiffRun {
  diff: DataDiff;
  labels: DiffLabels;
}

// The seal guard is kept out of the pass/fail: a change that touches a sealed year is what the diff
// is there to show (and an older ref may predate the seals).
function loadOrFail(dirs: PortalDirs, where: { zh: string; en: string }, cwd: string): Dataset & { sealIssues: DataIssue[] } {
  const { dataset, issues, sealIssues } = loadDataset(dirs, cwd, { guard: false });
  if (dataset) return Object.assign(dataset, { sealIssues: sealIssues ?? [] });
  throw new DiffError({
    zh: `${where.zh}的数据没有通过检查（${countErrors(issues)} 个错误），无法比较：\n\n${formatReport(issues)}`,
    en: `The data ${where.en} does not pass the check (${countErrors(issues)} error(s)), so there is nothing to compare.`,
  });
}

export function runDiff(ref: string, dirs: PortalDirs, cwd: string = process.cwd()): DiffRun {
  const root = repoRoot(dirname(dirs.dataDir));
  const commit = resolveRef(root, ref);
  const dataRel = inRepo(root, dirs.dataDir);
  const contentRel = inRepo(root, dirs.contentDir);
  const { dirs: old, folder } = checkoutFolders(root, commit, dirs, ref);
  try {
    const before = loadOrFail(old, { zh: `版本 ${ref} `, en: `at ${ref}` }, folder);
    const after = loadOrFail(dirs, { zh: '工作区', en: 'in the working tree' }, cwd);
    const diff = diffDatasets(before, after, { before: old.contentDir, after: dirs.contentDir });
    if (after.sealIssues.length > 0) diff.sealed = after.sealIssues;
    return { diff, labels: { ref, commit: commit.slice(0, 7), dataDir: dataRel || '.', contentDir: contentRel || '.' } };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
