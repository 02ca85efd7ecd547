/**
 * The data and content folders as they were at a git ref, written out to a temporary folder so the
 * ordinary loader can read them. Reads only through `git rev-parse`, `git ls-tree` and `git show`;
 * never touches the working tree or the index.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative } from 'node:path';
import type { Bilingual } from '../data/issues.ts';
import type { PortalDirs } from '../data/dataset.ts';

/** A problem the diff command reports as a message (no stack trace) and exits 1 on. */
export class DiffError extends Error {
  readonly text: Bilingual;
  constructor(text: Bilingual) {
    super(text.en);
    this.text = text;
  }
}

function git(cwd: string, args: string[]): Buffer {
  return execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
}

/** The repository's top folder, or a DiffError when `cwd` is not inside one. */
export function repoRoot(cwd: string): string {
  try {
    return git(cwd, ['rev-parse', '--show-toplevel']).toString('utf8').trim();
  } catch {
    throw new DiffError({ zh: `${cwd} 不在 git 仓库中：无法比较版本。`, en: `${cwd} is not inside a git repository: there are no versions to compare.` });
  }
}

/** The commit a ref names (branch, tag, hash, HEAD~1 …), or a DiffError that says the ref is unknown. */
export function resolveRef(root: string, ref: string): string {
  if (ref.startsWith('-') || ref.trim() === '') throw new DiffError({ zh: `“${ref}”不是 git 版本名。`, en: `"${ref}" is not a git ref.` });
  try {
    return git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).toString('utf8').trim();
  } catch {
    throw new DiffError({
      zh: `找不到 git 版本“${ref}”。可以用分支名（main）、标签、提交号，或 HEAD~1（上一次提交）。`,
      en: `There is no git ref "${ref}". Use a branch (main), a tag, a commit hash, or HEAD~1 (the commit before).`,
    });
  }
}

/** A folder's path inside the repository, with forward slashes; a DiffError when it is outside. */
export function inRepo(root: string, dir: string): string {
  const rel = relative(root, dir).split('\\').join('/');
  if (rel.startsWith('..') || isAbsolute(rel)) throw new DiffError({ zh: `${dir} 不在仓库 ${root} 中，无法读取它的历史版本。`, en: `${dir} is not inside the repository ${root}, so its history cannot be read.` });
  return rel;
}

/**
 * Writes the data and content folders at `commit` into a new temporary folder (`folder`, laid out
 * like the repository) and returns their paths there. A folder missing at that commit is a DiffError;
 * the caller removes `folder`.
 */
export function checkoutFolders(root: string, commit: string, dirs: PortalDirs, ref: string): { dirs: PortalDirs; folder: string } {
  const out = mkdtempSync(join(tmpdir(), 'portal-diff-'));
  const result: string[] = [];
  for (const dir of [dirs.dataDir, dirs.contentDir]) {
    const rel = inRepo(root, dir);
    const files = git(root, ['ls-tree', '-r', '-z', '--name-only', commit, '--', rel]).toString('utf8').split('\0').filter(Boolean);
    if (files.length === 0) throw new DiffError({ zh: `版本“${ref}”中没有文件夹 ${rel}。`, en: `The folder ${rel} does not exist at "${ref}".` });
    for (const file of files) {
      const target = join(out, file);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, git(root, ['show', `${commit}:${file}`]));
    }
    result.push(join(out, rel));
  }
  // Site files (public/) are not checked out: the old version's links to them are not checked.
  return { dirs: { dataDir: result[0]!, contentDir: result[1]!, publicDir: null }, folder: out };
}
