import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleDispatch } from './dispatch.ts';
import { SAMPLE } from '../../tests/helpers/fixture.ts';

describe('sampleDispatch(dataDir)', () => {
  it('regenerates exactly the committed data/project_progress.csv and data/inspections.csv', () => {
    const out = sampleDispatch(SAMPLE.dataDir);
    expect(out.progressCsv).toBe(readFileSync(join(SAMPLE.dataDir, 'project_progress.csv'), 'utf8'));
    expect(out.inspectionsCsv).toBe(readFileSync(join(SAMPLE.dataDir, 'inspections.csv'), 'utf8'));
  });
});
