import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceDir, stagingDirFor, withoutStackTrace } from './atomic.ts';

describe('replaceDir(built, target)', () => {
  it('puts the new folder in place of the old one and leaves nothing else behind', () => {
    const root = mkdtempSync(join(tmpdir(), 'portal-atomic-'));
    const target = join(root, 'dist');
    mkdirSync(target);
    writeFileSync(join(target, 'old.txt'), 'old');
    const staging = stagingDirFor(target);
    mkdirSync(join(staging, 'site'));
    writeFileSync(join(staging, 'site', 'index.html'), 'new');
    replaceDir(join(staging, 'site'), target);
    expect(readdirSync(target)).toEqual(['index.html']);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('new');
    expect(readdirSync(root).sort()).toEqual([staging.slice(root.length + 1), 'dist'].sort());
  });
  it('creates the target when there was none', () => {
    const root = mkdtempSync(join(tmpdir(), 'portal-atomic-'));
    const built = join(root, 'built');
    mkdirSync(built);
    replaceDir(built, join(root, 'dist'));
    expect(existsSync(join(root, 'dist'))).toBe(true);
    expect(existsSync(built)).toBe(false);
  });
});

describe('withoutStackTrace(text)', () => {
  it('keeps the message lines and drops the stack frames', () => {
    expect(withoutStackTrace('Error: bad\n    at f (/x.js:1:2)\n    at async g (/y.js:3:4)\nnext line')).toBe('Error: bad\nnext line');
  });
});
