/**
 * The built sample measured with validators written elsewhere, the ones the wider ecosystem trusts:
 * the W3C Nu HTML Checker over every page. (html-validate and axe run in quality.test.ts.)
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles } from './helpers/build.ts';
import { describe as describeMessage, runNuChecker, unexplained } from './helpers/nu-checker.ts';

const dist = inject('sampleDist');
const htmlPages = listFiles(dist).filter((f) => f.endsWith('.html'));

describe('W3C Nu HTML Checker (vnu.jar)', () => {
  it('checks every built page in one run: no errors, and no warning that is not a known false positive', () => {
    const run = runNuChecker(dist);
    expect(run.checked).toEqual(htmlPages);
    expect(htmlPages.length).toBeGreaterThan(100);
    expect(unexplained(run.messages).map((m) => describeMessage(dist, m))).toEqual([]);
  });

  it('fails what it should: a script after </html>, roles on table cells, an inline script, a third-party stylesheet', () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-vnu-'));
    const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'">`;
    writeFileSync(
      join(dir, 'bad.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8">${csp}<title>t</title><link rel="stylesheet" href="https://cdn.example.com/x.css"></head><body>` +
        `<table><tr role="row"><td role="cell">1</td></tr></table><script>document.title = 'x';</script><script type="application/json">{}</script></body></html><script src="/_astro/a.js"></script>`,
    );
    const messages = unexplained(runNuChecker(dir).messages).map((m) => `${m.type}${m.subType ? '/' + m.subType : ''}: ${m.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^info\/warning: Resource violates Content Security Policy \(meta tag\): external stylesheet “https:\/\/cdn\.example\.com\/x\.css”/),
        expect.stringMatching(/^error: The “role” attribute must not be used on a “tr” element/),
        expect.stringMatching(/^error: The “role” attribute must not be used on a “td” element/),
        expect.stringMatching(/^info\/warning: Inline script violates Content Security Policy/),
        expect.stringMatching(/^error: Stray start tag “script”/),
      ]),
    );
    // The JSON data block is the only inline script left out: exactly one inline-script warning remains.
    expect(messages.filter((m) => m.includes('Inline script violates')).length).toBe(1);
  });
});
