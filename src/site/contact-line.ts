/**
 * Whom to call, as HTML: the office, a phone link, a mailto: with the subject already written, the
 * address (src/components/invest/ContactLine.astro renders this; the comparison's columns, fetched as
 * JSON, carry it too). Offices and addresses are written in Chinese: on an English page they are marked
 * lang="zh-CN" (unless `nameLang` says the name is English). Every value is escaped.
 */
import { escapeXml as esc } from '../charts/core.ts';
import { mailtoHref, telHref } from '../lib/invest/contact.ts';
import { translator } from '../lib/i18n/dict.ts';
import { invest } from '../lib/i18n/dict/invest.ts';
import type { Lang } from '../lib/i18n/lang.ts';

export interface ContactLineInput {
  lang: Lang;
  name?: string | null | undefined;
  /** The language the name is written in; default Chinese (the *_zh columns). */
  nameLang?: Lang | undefined;
  phone?: string | null | undefined;
  email?: string | null | undefined;
  /** The e-mail subject in the page's language, e.g. 投资咨询：吉首高新区. */
  subject: string;
  address?: string | null | undefined;
}

export function contactLineHtml({ lang, name, nameLang = 'zh', phone, email, subject, address }: ContactLineInput): string {
  const t = translator(invest, lang);
  const zh = lang === 'en' ? ' lang="zh-CN"' : '';
  const parts: string[] = [];
  if (name) parts.push(`<span class="contact-name"${nameLang === 'zh' ? zh : ''}>${esc(name)}</span>`);
  if (phone) parts.push(`<span>${esc(t('contact.phone'))} <a class="tel" href="${esc(telHref(phone))}">${esc(phone)}</a></span>`);
  if (email) parts.push(`<span>${esc(t('contact.email'))} <a href="${esc(mailtoHref(email, subject))}" title="${esc(t('contact.mailTitle', { subject }))}">${esc(email)}</a></span>`);
  if (address) parts.push(`<span>${esc(t('contact.address'))} ${zh ? `<span${zh}>${esc(address)}</span>` : esc(address)}</span>`);
  return `<span class="contact-line">${parts.length ? parts.join('') : '—'}</span>`;
}
