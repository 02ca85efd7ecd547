/** The setup every browser test needs: a built site served on 127.0.0.1 and Chromium open on it. */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveStatic, type StaticServer } from './server.ts';

/** A built site served over HTTP and Chromium open on it, for the tests of one describe block. */
export interface SiteBrowser {
  /** http://127.0.0.1:<port> of the static server. */
  readonly origin: string;
  readonly browser: BrowserContext;
  /** A second context with JavaScript off (only when asked for). */
  readonly noJs: BrowserContext;
}

/**
 * Serves `root` and opens Chromium before the block's tests (and, with `noJs`, a context with JavaScript
 * off), closing both after them: the setup every browser test needs, registered once here.
 */
export function useSiteBrowser(root: string, options: { noJs?: boolean } = {}): SiteBrowser {
  let server: StaticServer | undefined;
  let browser: BrowserContext | undefined;
  let noJs: BrowserContext | undefined;
  beforeAll(async () => {
    server = await serveStatic(root);
    browser = await launchBrowser();
    if (options.noJs) noJs = await launchBrowser({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await noJs?.close();
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`useSiteBrowser: ${what} is not open (use it inside a test or a later beforeAll)`);
    return value;
  };
  return {
    get origin() { return started(server, 'the server').origin; },
    get browser() { return started(browser, 'Chromium'); },
    get noJs() { return started(noJs, 'the JavaScript-off context (pass { noJs: true })'); },
  };
}
