/**
 * Staff messages shown to the public (an acknowledged warning on the methodology page) without the
 * parts only staff need: cell coordinates (第 12 行 E 列, line 12, column E) and column names in
 * brackets after the human name (投资（investment_wan）). Staff messages say the human name first,
 * so what remains reads as a sentence.
 */
export function publicText(message: string): string {
  return message
    .replace(/（第 \d+ 行(?: [A-Z]+ 列)?）/g, '')
    .replace(/ ?\(line \d+(?:, column [A-Z]+)?\)/g, '')
    .replace(/（[a-z][a-z0-9]*(?:_[a-z0-9]+)+）/g, '')
    .replace(/ \([a-z][a-z0-9]*(?:_[a-z0-9]+)+\)/g, '')
    .replace(/([\u4e00-\u9fff]) (从|跳到|变为)/g, '$1$2');
}

/** snake_case column names left in a text (for tests and checks: a public page should have none). */
export function columnNames(text: string): string[] {
  return [...text.matchAll(/\b[a-z]+(?:_[a-z0-9]+)*_(?:wan|mu|ha|m2|tce|zh|en|id|ids|pct|ratio)\b/g)].map((m) => m[0]);
}
