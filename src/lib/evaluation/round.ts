/** Decimal rounding that does what a reader checking by hand expects (1.005 → 1.01, not 1.00). */
export function roundHalfUp(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  const s = String(Math.abs(x));
  const scaled = s.includes('e') ? Math.abs(x) * 10 ** digits : Number(`${s}e${digits}`);
  const r = Math.round(scaled);
  const back = s.includes('e') ? r / 10 ** digits : Number(`${r}e-${digits}`);
  return x < 0 ? -back : back;
}
