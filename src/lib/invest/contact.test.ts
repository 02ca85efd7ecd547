import { describe, expect, it } from 'vitest';
import { mailtoHref, telHref } from './contact.ts';

describe('telHref(phone) and mailtoHref(email, subject, body)', () => {
  it('telHref("0743-8000101") is tel:07438000101; a leading + stays', () => {
    expect(telHref('0743-8000101')).toBe('tel:07438000101');
    expect(telHref('+86 743 800 0101')).toBe('tel:+867438000101');
  });
  it('mailtoHref percent-encodes the Chinese subject and body as UTF-8', () => {
    expect(mailtoHref('a@example.org', '投资咨询：吉首高新区')).toBe('mailto:a@example.org?subject=%E6%8A%95%E8%B5%84%E5%92%A8%E8%AF%A2%EF%BC%9A%E5%90%89%E9%A6%96%E9%AB%98%E6%96%B0%E5%8C%BA');
    expect(decodeURIComponent(mailtoHref('a@example.org', 'A & B?', 'x=1 y').split('?')[1]!)).toBe('subject=A & B?&body=x=1 y');
    expect(mailtoHref('a@example.org', 'A & B', 'x=1')).toBe('mailto:a@example.org?subject=A%20%26%20B&body=x%3D1');
  });
});
