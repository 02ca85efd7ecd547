/**
 * Contact links: a `tel:` a phone can dial and a `mailto:` with the subject filled in. No form posts
 * anywhere: the reader's own mail program sends the message.
 */

/** `0743-8000101` → `tel:07438000101`; keeps a leading + and digits only. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** A mailto: URL (RFC 6068) with the subject and, optionally, a body, percent-encoded as UTF-8. */
export function mailtoHref(email: string, subject: string, body?: string): string {
  const query = [`subject=${encodeURIComponent(subject)}`];
  if (body) query.push(`body=${encodeURIComponent(body)}`);
  return `mailto:${email}?${query.join('&')}`;
}
