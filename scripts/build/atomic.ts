/**
 * Replacing a folder only when a new one is complete: the new build is written next to it and
 * renamed into place, so a failed build never leaves a half-written or emptied dist/.
 */
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A fresh folder beside `target` (same file system, so the final rename is atomic). */
export function stagingDirFor(target: string): string {
  return mkdtempSync(join(dirname(target), `.${basename(target)}-building-`));
}

/** Moves `built` to `target`, removing what was there, in two renames; the old folder goes last. */
export function replaceDir(built: string, target: string): void {
  if (!existsSync(target)) {
    renameSync(built, target);
    return;
  }
  const old = `${target}.old-${process.pid}-${Date.now()}`;
  renameSync(target, old);
  try {
    renameSync(built, target);
  } catch (e) {
    renameSync(old, target);
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
}

/** Lines of a tool's output without stack frames (`    at fn (file:1:2)`), for a report staff read. */
export function withoutStackTrace(text: string): string {
  return text
    .split('\n')
    .filter((l) => !/^\s+at\s.+/.test(l) && !/^\s*\^+\s*$/.test(l))
    .join('\n');
}
