import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDictionaryMarkdown } from './dictionary.ts';
import { TABLES } from './tables.ts';

describe('data/README.md', () => {
  const committed = readFileSync(join(import.meta.dirname, '..', '..', '..', 'data', 'README.md'), 'utf8');
  it('is what `npm run docs:data` generates from the table definitions (run it after changing a table)', () => {
    expect(committed).toBe(dataDictionaryMarkdown());
  });
  it('documents every column of every table', () => {
    for (const def of Object.values(TABLES)) {
      expect(committed).toContain(`## ${def.file}`);
      for (const name of Object.keys(def.columns)) expect(committed, `${def.file} ${name}`).toContain(`| \`${name}\` |`);
    }
  });
});
