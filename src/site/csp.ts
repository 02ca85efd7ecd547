/**
 * The Content-Security-Policy: the site's own scripts, styles, images and data only. Pagefind's search
 * runs WebAssembly ('wasm-unsafe-eval'). Used as a <meta> on every page and in public/_headers (for
 * hosts that read it, where frame-ancestors also applies).
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

export const CSP = CSP_DIRECTIVES.join('; ');
