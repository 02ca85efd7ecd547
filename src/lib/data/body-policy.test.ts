import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALLOWED_COMPONENTS, ALLOWED_HTML, SANITIZE_SCHEMA } from './body-policy.ts';
import { ROOT } from '../../../tests/helpers/fixture.ts';

describe('the MDX allow-list', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### What a page may contain'), readme.indexOf('## What is where'));
  it('is what the README tells staff, element by element and attribute by attribute', () => {
    expect(section.length).toBeGreaterThan(100);
    const listed = /`br sup[\s\S]*?`/.exec(section)![0].replace(/\s+/g, ' ');
    for (const [element, attributes] of Object.entries(ALLOWED_HTML)) {
      expect(listed, element).toMatch(new RegExp(`(^|[ \`])${element}(\\(${attributes.join(', ')}\\))?( |\`)`));
      if (attributes.length) expect(listed, element).toContain(`${element}(${attributes.join(', ')})`);
    }
    expect(ALLOWED_COMPONENTS).toEqual([]);
    expect(section).toContain('The list of allowed components is empty');
  });
  it('never lets the sanitizer keep what the check refuses', () => {
    for (const tag of ['script', 'iframe', 'style', 'object', 'embed', 'form', 'meta', 'link', 'base']) expect(SANITIZE_SCHEMA.tagNames, tag).not.toContain(tag);
    expect(SANITIZE_SCHEMA.protocols.href).toEqual(['http', 'https', 'mailto', 'tel']);
  });
});
