/**
 * Copies of the fixtures to break on purpose: each test gets its own folder under the OS temp dir,
 * edits a cell or a line, and loads or builds from it.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const MINI = join(ROOT, 'tests', 'fixtures', 'mini-region');
export const SAMPLE = { dataDir: join(ROOT, 'data'), contentDir: join(ROOT, 'content') };

export interface FixtureCopy {
  root: string;
  dataDir: string;
  contentDir: string;
  /** Replace text in a file (relative to the copy's root); fails loudly if the text is not there. */
  replace(file: string, from: string | RegExp, to: string): void;
  /** Set one CSV cell, addressed by 1-based line and column name. Naive split: for unquoted rows. */
  setCell(file: string, line: number, column: string, value: string): void;
  write(file: string, text: string | Uint8Array): void;
  read(file: string): string;
}

export function copyFixture(source: { dataDir: string; contentDir: string } = { dataDir: join(MINI, 'data'), contentDir: join(MINI, 'content') }): FixtureCopy {
  const root = mkdtempSync(join(tmpdir(), 'portal-fixture-'));
  const dataDir = join(root, 'data');
  const contentDir = join(root, 'content');
  cpSync(source.dataDir, dataDir, { recursive: true });
  cpSync(source.contentDir, contentDir, { recursive: true });
  const path = (file: string) => join(root, file);
  const read = (file: string) => readFileSync(path(file), 'utf8');
  const write = (file: string, text: string | Uint8Array) => writeFileSync(path(file), text);
  return {
    root,
    dataDir,
    contentDir,
    read,
    write,
    replace(file, from, to) {
      const text = read(file);
      const next = text.replace(from, to);
      if (next === text) throw new Error(`fixture edit found nothing to replace in ${file}: ${String(from)}`);
      write(file, next);
    },
    setCell(file, line, column, value) {
      const lines = read(file).split('\n');
      const header = lines[0]!.split(',');
      const col = header.indexOf(column);
      if (col < 0) throw new Error(`no column ${column} in ${file}`);
      const cells = lines[line - 1]!.split(',');
      cells[col] = value;
      lines[line - 1] = cells.join(',');
      write(file, lines.join('\n'));
    },
  };
}
