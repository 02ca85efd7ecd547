/**
 * `new Intl.NumberFormat(locale, { minimumFractionDigits, maximumFractionDigits }).format(x)` for the
 * two locales the site writes numbers in ('zh-CN' and 'en-GB': both group thousands with "," from
 * 1,000 up and write "." and "-"), without a call into ICU: at national scale a build formats millions
 * of numbers and Intl's format was a few per cent of it (issue 19).
 *
 * The output is the same string, character for character (grouped.test.ts checks it against Intl with
 * fast-check): ICU rounds the shortest decimal that reads back as the same double (what String(x)
 * writes) half away from zero ("halfExpand": 1.005 → 1.01, although the double is 1.00499…), and
 * toFixed rounds the double's exact value, which gives the same digits except next to a halfway point;
 * there the shortest decimal is rounded here as ICU does. Whatever it does not handle (|x| ≥ 1e21, -0,
 * NaN, infinities, more than 9 decimals, exponent notation next to a halfway point) goes to Intl itself.
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

/** The shortest decimal of |value| (String(x)'s digits) rounded half away from zero to `maxDigits` decimals; undefined for exponent notation. */
function shortestRounded(abs: number, maxDigits: number): string | undefined {
  const s = String(abs);
  if (s.includes('e')) return undefined;
  const dot = s.indexOf('.');
  let int = dot < 0 ? s : s.slice(0, dot);
  let frac = dot < 0 ? '' : s.slice(dot + 1);
  if (frac.length > maxDigits) {
    const roundUp = frac.charCodeAt(maxDigits) >= 53; /* 5 */
    frac = frac.slice(0, maxDigits);
    if (roundUp) {
      const next = incrementDigits(int + frac);
      int = next.slice(0, next.length - maxDigits);
      frac = next.slice(next.length - maxDigits);
    }
  }
  return frac ? `${int}.${frac}` : int;
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10];

export function formatGrouped(value: number, locale: 'zh-CN' | 'en-GB', minDigits: number, maxDigits: number): string {
  const abs = Math.abs(value);
  // NaN, ±Infinity, 1e21 and up (exponent notation) and -0 (Intl writes "-0"): Intl's own output.
  if (!(abs < 1e21) || (value === 0 && 1 / value < 0) || maxDigits >= POW10.length) return viaIntl(value, locale, minDigits, maxDigits);
  // toFixed rounds the double's exact value, ICU its shortest decimal: the two differ only next to a
  // halfway point (1.005 is 1.00499…). Away from one (the margin is far wider than the double's own
  // error) toFixed's digits are ICU's; near one, round the shortest decimal as ICU does.
  const scaled = abs * POW10[maxDigits]!;
  const digits = Math.abs((scaled % 1) - 0.5) > 1e-9 * Math.max(1, scaled) ? abs.toFixed(maxDigits) : shortestRounded(abs, maxDigits);
  if (digits === undefined) return viaIntl(value, locale, minDigits, maxDigits);
  const dot = digits.indexOf('.');
  let int = dot < 0 ? digits : digits.slice(0, dot);
  let frac = dot < 0 ? '' : digits.slice(dot + 1);
  if (frac.length > minDigits) {
    // Trailing zeros beyond the minimum go.
    let end = frac.length;
    while (end > minDigits && frac.charCodeAt(end - 1) === 48 /* 0 */) end--;
    frac = frac.slice(0, end);
  } else if (frac.length < minDigits) frac += '0'.repeat(minDigits - frac.length);
  if (int.length > 3) int = groupDigits(int);
  const out = frac ? `${int}.${frac}` : int;
  // Intl keeps the sign of a negative number that rounds to zero ("-0").
  return value < 0 ? `-${out}` : out;
}
