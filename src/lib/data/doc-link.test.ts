import { describe, expect, it } from 'vitest';
import { docLink, linkKind, resolveLink } from './doc-link.ts';

describe('docLink(raw)', () => {
  it('accepts https, http and site paths as written', () => {
    for (const v of ['https://www.example.gov.cn/a.pdf', 'http://example.org/', '/chains/tea/#map-h', '/files/report.pdf', '/projects/?chain=tea']) expect(docLink(v)).toBe(v);
  });
  it('refuses other schemes, protocol-relative and bare paths, with one bilingual message', () => {
    for (const v of ['javascript:alert(1)', 'ftp://example.org/a', '//evil.example/a', 'files/report.pdf', 'www.example.org']) {
      expect(docLink(v)).toEqual({
        rule: 'doc-link.invalid',
        message: { zh: `“${v}”不是网址或站内路径：应以 https://、http:// 或 / 开头。`, en: `"${v}" is neither a web address nor a site path: it must start with https://, http:// or /.` },
        hint: { zh: '网址写全（https://…）；本站页面或 public/ 下的文件写成 /chains/tea/ 或 /files/report.pdf。', en: 'Write a web address in full (https://…); a page of this site or a file under public/ as /chains/tea/ or /files/report.pdf.' },
      });
    }
  });
  it('refuses . and .. segments in a site path', () => {
    expect(docLink('/files/../secret.txt')).toEqual({
      rule: 'doc-link.dots',
      message: { zh: '站内路径“/files/../secret.txt”不能含有 . 或 .. 段。', en: 'The site path "/files/../secret.txt" cannot contain . or .. segments.' },
      hint: { zh: '从网站根目录写起，例如 /files/chain-report.pdf。', en: 'Write it from the site root, e.g. /files/chain-report.pdf.' },
    });
  });
});

describe('linkKind(link) and resolveLink(link, base, prefix)', () => {
  it('a path whose last part has an extension is a file, any other site path a page', () => {
    expect(linkKind('https://example.org/a.pdf')).toBe('external');
    expect(linkKind('/files/a.pdf')).toBe('file');
    expect(linkKind('/files/a.pdf?x=1')).toBe('file');
    expect(linkKind('/chains/tea/')).toBe('page');
    expect(linkKind('/chains/tea/#map-h')).toBe('page');
    expect(linkKind('/chains/tea')).toBe('page');
  });
  it('pages take the base and the language prefix; files only the base; web addresses stay', () => {
    expect(resolveLink('/chains/tea/#map-h', '/portal/', 'en/')).toBe('/portal/en/chains/tea/#map-h');
    expect(resolveLink('/chains/tea/', '/', '')).toBe('/chains/tea/');
    expect(resolveLink('/files/a.pdf', '/portal', 'en/')).toBe('/portal/files/a.pdf');
    expect(resolveLink('https://example.org/a', '/portal/', 'en/')).toBe('https://example.org/a');
  });
});
