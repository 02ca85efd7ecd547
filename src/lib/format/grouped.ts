/**
 * `new Intl.NumberFormat(locale, { minimumFractionDigits, maximumFractionDigits }).format(x)` for the
 * two locales the site writes numbers in ('zh-CN' and 'en-GB': both group thousands with "," from
 * 1,000 up and write "." and "-"), without a call into ICU: at national scale a build formats millions
 * of numbers and Intl's format was a few per cent of it (issue 19).
 *
 * The output is the same string, character for character (grouped.test.ts checks it against Intl with
 * fast-check): ICU rounds the shortest decimal that reads back as the same double (what String(x)
 * writes), half away from zero ("halfExpand": 1.005 → 1.01, although the double is 1.00499…), which is
 * what this does on String(x)'s digits. Whatever it does not handle (exponent notation: |x| ≥ 1e21 or
 * < 1e-6, -0, NaN, infinities) goes to Intl itself.
 */

const intl = new Map<string, Intl.NumberFormat>();

function viaIntl(value: number, locale: 'zh-CN' | 'en-GB', minDigits: number, maxDigits: number): string {
  const key = `${locale}|${minDigits}|${maxDigits}`;
  let f = intl.get(key);
  if (!f) intl.set(key, (f = new Intl.NumberFormat(locale, { minimumFractionDigits: minDigits, maximumFractionDigits: maxDigits })));
  return f.format(value);
}

/** Groups an integer's digits by three with ",": "1234567" → "1,234,567". */
function groupDigits(int: string): string {
  const n = int.length;
  if (n <= 3) return int;
  let out = int.slice(0, ((n - 1) % 3) + 1);
  for (let i = out.length; i < n; i += 3) out += ',' + int.slice(i, i + 3);
  return out;
}

/** Adds one to the last digit of a string of decimal digits, carrying: "199" → "200", "99" → "100". */
function incrementDigits(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits.charCodeAt(i) === 57 /* 9 */) i--;
  if (i < 0) return '1' + '0'.repeat(digits.length);
  return digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1) + '0'.repeat(digits.length - i - 1);
}

export function formatGrouped(value: number, locale: 'zh-CN' | 'en-GB', minDigits: number, maxDigits: number): string {
  const s = String(value);
  // Exponent notation, NaN, ±Infinity, and -0 (String(-0) is "0"; Intl writes "-0"): Intl's own output.
  if (s.includes('e') || !Number.isFinite(value) || (value === 0 && 1 / value < 0)) return viaIntl(value, locale, minDigits, maxDigits);
  const negative = s.charCodeAt(0) === 45; /* - */
  const abs = negative ? s.slice(1) : s;
  const dot = abs.indexOf('.');
  let int = dot < 0 ? abs : abs.slice(0, dot);
  let frac = dot < 0 ? '' : abs.slice(dot + 1);
  if (frac.length > maxDigits) {
    const roundUp = frac.charCodeAt(maxDigits) >= 53; /* 5 */
    frac = frac.slice(0, maxDigits);
    if (roundUp) {
      const next = incrementDigits(int + frac);
      int = next.slice(0, next.length - maxDigits);
      frac = next.slice(next.length - maxDigits);
    }
  }
  // Trailing zeros beyond the minimum go; missing ones up to the minimum are added.
  let end = frac.length;
  while (end > minDigits && frac.charCodeAt(end - 1) === 48 /* 0 */) end--;
  frac = frac.slice(0, end);
  if (frac.length < minDigits) frac += '0'.repeat(minDigits - frac.length);
  // Intl keeps the sign of a negative number that rounds to zero ("-0").
  return (negative ? '-' : '') + groupDigits(int) + (frac ? '.' + frac : '');
}
