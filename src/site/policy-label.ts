/** A policy's title as a link label in the page's language: the English twin's title, else the Chinese one marked lang="zh-CN". */
import type { I18n } from './i18n.ts';
import { getSite } from './portal.ts';
import { entryText } from '../lib/i18n/entry-text.ts';
import { englishTwins } from './twins.ts';
import type { NamedLabel } from './named.ts';

export function policyLabel(i18n: Pick<I18n, 'lang'>, policyId: string): NamedLabel {
  const p = getSite().content.policies.find((e) => e.id === policyId);
  if (!p) return { label: policyId, lang: undefined };
  const title = entryText(p.data, englishTwins('policies').get(policyId), i18n.lang).title;
  return { label: title.text, lang: title.fallback ? 'zh-CN' : undefined };
}
