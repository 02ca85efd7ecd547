/**
 * Test helper: compare a chart's SVG with the stored file src/charts/__snapshots__/<name>.svg
 * (the way Observable Plot's test/plot-snapshot.js does). A missing file is written and passes
 * locally, but fails under CI=true (a deleted snapshot must not pass unnoticed); a mismatch writes
 * <name>-changed.svg beside it and fails, so a person looks at both before replacing.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('./__snapshots__/', import.meta.url));

export function matchSvgSnapshot(name: string, svg: string): void {
  const stored = `${DIR}${name}.svg`;
  const changed = `${DIR}${name}-changed.svg`;
  if (!existsSync(stored)) {
    if (process.env['CI'] === 'true') throw new Error(`No stored snapshot src/charts/__snapshots__/${name}.svg: run the tests locally to write it, look at it, and commit it.`);
    mkdirSync(DIR, { recursive: true });
    writeFileSync(stored, svg);
    return;
  }
  if (readFileSync(stored, 'utf8') === svg) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, svg);
  throw new Error(
    `Chart "${name}" differs from its snapshot. Review src/charts/__snapshots__/${name}-changed.svg; ` +
      `if it is right, rename it to ${name}.svg (replacing the old file).`,
  );
}
