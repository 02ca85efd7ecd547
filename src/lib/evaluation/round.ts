/** Decimal rounding that does what a reader checking by hand expects (1.005 → 1.01, not 1.00). */
export function roundHalfUp(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  const m = 10 ** digits;
  const y = Math.abs(x) * m;
  const frac = y - Math.floor(y);
  // Far from a half, binary floating point cannot flip the result: round directly (the common case,
  // and fast). Near a half, decide on the decimal digits as written, as a reader would.
  if (Math.abs(frac - 0.5) > 1e-7) {
    const r = Math.round(y) / m;
    return x < 0 ? -r : r;
  }
  const s = String(Math.abs(x));
  const scaled = s.includes('e') ? y : Number(`${s}e${digits}`);
  const r = Math.round(scaled);
  const back = s.includes('e') ? r / m : Number(`${r}e-${digits}`);
  return x < 0 ? -back : back;
}
