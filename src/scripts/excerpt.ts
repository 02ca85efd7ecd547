/**
 * Pagefind cuts a result's excerpt at a fixed number of "words", and in Chinese every character counts
 * as a word, so an excerpt often starts in the middle of a name (“西白酒产业链…” for 湘西白酒产业链…) and reads
 * as if a character were dropped. `widenExcerpt` moves the start back to the previous phrase boundary
 * (punctuation, a space or the start of the text, at most `reach` characters back) and marks a cut that
 * remains with “…”, at either end.
 */
const BOUNDARY = /[\s。，、；：！？,.;:!?()（）「」“”"'《》【】·]/;

export function widenExcerpt(excerptHtml: string, content: string, reach = 12): string {
  const plain = excerptHtml.replace(/<\/?mark>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').trim();
  if (plain === '') return excerptHtml;
  const at = content.indexOf(plain);
  if (at < 0) return excerptHtml;
  let start = at;
  while (start > 0 && at - start < reach && !BOUNDARY.test(content[start - 1]!)) start--;
  const lead = content.slice(start, at).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const cutBefore = start > 0 && !BOUNDARY.test(content[start - 1]!);
  const end = at + plain.length;
  const cutAfter = end < content.length && !BOUNDARY.test(content[end] ?? '');
  return `${cutBefore ? '…' : ''}${lead}${excerptHtml.trim()}${cutAfter ? '…' : ''}`;
}
