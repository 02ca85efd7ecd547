/**
 * Which web addresses may appear anywhere the portal publishes one (portal.json, CSV link columns,
 * MDX links and frontmatter): `https:`, `http:`, `mailto:`, `tel:`, or an address on this site
 * (`/parks/`, `#section`, `../about/`). Anything else (`javascript:`, `data:`, `file:`, `//host`) is
 * refused, because a browser would run it, or fetch from a third party, when a reader clicks.
 */
import { hint, problem, type Problem } from './issues.ts';

export const ALLOWED_SCHEMES = ['https', 'http', 'mailto', 'tel'] as const;

/** Decodes the character references a browser would (`&#106;` → j, `&colon;` → :) before reading the scheme. */
function decodeReferences(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16) % 0x110000))
    .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d) % 0x110000))
    .replace(/&(colon|tab|newline);/gi, (_, n: string) => ({ colon: ':', tab: '\t', newline: '\n' })[n.toLowerCase() as 'colon' | 'tab' | 'newline']);
}

/** The scheme a browser would see: tabs and line breaks inside are ignored, leading controls and spaces too. */
export function schemeOf(raw: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const s = decodeReferences(raw).replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(s);
  return m ? m[1]!.toLowerCase() : undefined;
}

/**
 * Null when the address may be published; otherwise the problem, naming the scheme found.
 * `external` = only full web addresses (a CSV website column); otherwise site paths are fine too.
 */
export function urlProblem(raw: string, { external = false }: { external?: boolean } = {}): Problem | null {
  const scheme = schemeOf(raw);
  if (scheme !== undefined && (ALLOWED_SCHEMES as readonly string[]).includes(scheme)) {
    if ((scheme === 'http' || scheme === 'https') && !/^https?:\/\/[^\s/?#]+/i.test(raw.trim())) {
      return problem('url.invalid', `“${raw}”不是完整的网址。`, `"${raw}" is not a complete web address.`, hint('写出完整网址，例如 https://www.example.org/。', 'Write the full address, e.g. https://www.example.org/.'));
    }
    if (external && (scheme === 'mailto' || scheme === 'tel')) {
      return problem('url.invalid', `“${raw}”不是以 http:// 或 https:// 开头的网址。`, `"${raw}" is not a web address starting with http:// or https://.`, hint('写出完整网址，例如 https://www.example.org/。', 'Write the full address, e.g. https://www.example.org/.'));
    }
    return null;
  }
  if (scheme !== undefined) {
    return problem(
      'url.scheme',
      `网址“${raw}”以“${scheme}:”开头：只允许 https:、http:、mailto:、tel: 或本站路径（以 / 开头）。`,
      `The address "${raw}" starts with "${scheme}:"; only https:, http:, mailto:, tel: or a path on this site (starting with /) are allowed.`,
      hint('改为以 https:// 开头的网址，或删除这个链接。', 'Use an address starting with https://, or remove the link.'),
    );
  }
  if (/^\s*[\\/]{2}/.test(raw)) {
    return problem('url.scheme', `网址“${raw}”缺少 https:（以 // 开头的地址会指向其他网站）。`, `The address "${raw}" has no https: (an address starting with // points to another site).`, hint(`改为 https:${raw.trim().replace(/^[\\/]+/, '//')}`, `Use https:${raw.trim().replace(/^[\\/]+/, '//')}`));
  }
  if (external) {
    return problem('url.invalid', `“${raw}”不是以 http:// 或 https:// 开头的网址。`, `"${raw}" is not a web address starting with http:// or https://.`, hint('写出完整网址，例如 https://www.example.org/。', 'Write the full address, e.g. https://www.example.org/.'));
  }
  return null;
}
