// GraphiQL in a real browser with the network to the outside blocked: the page comes whole from
// this server (no CDN), opens with the example query and the Authorization placeholder, and runs
// the query with a real token. Headless Chromium from Debian's packages, driven by playwright-core;
// where /usr/bin/chromium is missing the browser test is skipped, except in CI (which installs it),
// where it fails.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { useHarness } from '../helpers/harness.js';
import { createApp, type App } from '../../src/app.js';
import { createRateLimiters } from '../../src/http/guard.js';
import { HEADERS_PLACEHOLDER } from '../../src/http/graphiql.js';

const h = useHarness();

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const haveChromium = existsSync(CHROMIUM);

/**
 * The app as `npm start` builds it in development (GraphiQL on, rate limits on), with an
 * allowance of one wrong token per address: the placeholder header must not spend it.
 */
function appWithRateLimits(): App {
  return createApp({
    prisma: h.prisma,
    logErrors: false,
    rateLimiters: createRateLimiters({ perTokenPerMinute: 1000, perAddressPerMinute: 1000, failedAuthPer15Minutes: 1 }, null),
  });
}

async function listen(app: App): Promise<{ server: Server; origin: string }> {
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** The text a Monaco editor shows (its rendered lines; Monaco draws spaces as no-break spaces). */
async function editorText(page: Page, editor: string): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text (line breaks between Monaco's line elements) is what is read, not the DOM's
  const text = await page.locator(`${editor} .view-lines`).innerText();
  return text.replace(/\u00a0/g, ' ');
}

const QUERY_EDITOR = 'section[aria-label="Operation Editor"]';
const HEADERS_EDITOR = 'section[aria-label="Headers"] .graphiql-editor:not(.hidden)';
const RESULT = 'section[aria-label="Result Window"]';

describe('GraphiQL offline in Chromium', () => {
  it.runIf(process.env.CI)('Chromium is installed where CI runs', () => {
    expect(haveChromium, `${CHROMIUM} is missing (CI installs Debian's chromium package)`).toBe(true);
  });

  it.skipIf(!haveChromium && !process.env.CI)(
    'loads from this server alone, shows the example query and the header placeholder, and runs the query with a token',
    async () => {
      const c = await h.company('GraphiQL AB');
      const { server, origin } = await listen(appWithRateLimits());
      const userDataDir = mkdtempSync(join(tmpdir(), 'graphiql-chromium-'));
      let context: BrowserContext | undefined;
      try {
        context = await chromium.launchPersistentContext(userDataDir, {
          executablePath: CHROMIUM,
          headless: true,
          args: CHROMIUM_ARGS,
          viewport: { width: 1280, height: 900 },
        });
        // Every request to anywhere but this server is refused and recorded.
        const blocked = new Set<string>();
        const outside = () => [...blocked];
        const local = (url: string) => url === origin || url.startsWith(`${origin}/`);
        await context.route('**/*', (route) => {
          const url = route.request().url();
          if (local(url)) return route.continue();
          blocked.add(url);
          return route.abort('blockedbyclient');
        });
        // Also whatever the browser asks for that routing does not see (inline data and blobs are not requests elsewhere).
        context.on('request', (request) => {
          const url = request.url();
          if (!local(url) && !/^(data|blob):/.test(url)) blocked.add(url);
        });

        const page = context.pages()[0] ?? (await context.newPage());
        await page.goto(`${origin}/graphql`, { timeout: 60_000 });
        // The page and everything it asked for while loading came from this server.
        expect(outside()).toEqual([]);
        expect(await page.title()).toBe('Project invoicing API');

        // The example query, with the lines that say how to get a token.
        await page.locator(`${QUERY_EDITOR} .view-lines`).waitFor({ timeout: 60_000 });
        const query = await editorText(page, QUERY_EDITOR);
        expect(query).toContain('npm run token -- --user <email or signature>');
        expect(query).toContain('me {');
        expect(query).toContain('customers(first: 10) {');
        expect(query).toContain("# The administrator's token is printed once");

        // The headers editor is open and holds the placeholder.
        await page.locator(`${HEADERS_EDITOR} .view-lines`).waitFor({ timeout: 30_000 });
        expect((await editorText(page, HEADERS_EDITOR)).replace(/\s+/g, '')).toBe(HEADERS_PLACEHOLDER.replace(/\s+/g, ''));

        const run = page.locator('button.graphiql-execute-button');
        // Run as is, with the placeholder: the answer says what to send.
        await run.click();
        await expect.poll(() => editorText(page, RESULT), { timeout: 30_000 }).toContain('Send a valid API token');

        // The real token in place of the placeholder, then run: the company's administrator answers.
        await page.locator(`${HEADERS_EDITOR} .view-lines`).click();
        await page.keyboard.press('ControlOrMeta+A');
        await page.keyboard.press('Delete');
        await page.keyboard.insertText(JSON.stringify({ Authorization: `Bearer ${c.adminToken}` }));
        expect(await editorText(page, HEADERS_EDITOR)).toContain(c.adminToken);
        await run.click();
        await expect.poll(() => editorText(page, RESULT), { timeout: 30_000 }).toContain('"name": "Admin of GraphiQL AB"');
        const result = await editorText(page, RESULT);
        expect(result).toContain('"totalCount": 0');
        expect(result).not.toContain('"errors"');
        // The token stays out of the browser's storage (GraphiQL writes its tab state there half a
        // second after the last edit).
        await page.waitForTimeout(1500);
        expect(await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))).not.toContain(c.adminToken);

        expect(outside()).toEqual([]);
      } finally {
        await context?.close();
        rmSync(userDataDir, { recursive: true, force: true });
        await new Promise((resolve) => server.close(resolve));
      }
    },
    180_000,
  );
});

describe('the GraphiQL page', () => {
  it('comes whole from this server: nothing in it loads from another host', async () => {
    const res = await h.app.fetch('http://test.local/graphql', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('renderYogaGraphiQL');
    // Elements that would fetch from elsewhere (scripts, styles, icons, images, frames).
    expect(html.match(/<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=\s*["']?(https?:)?\/\//gi) ?? []).toEqual([]);
  });

  it('the placeholder header counts as no token: it never spends the allowance of wrong tokens', async () => {
    const c = await h.company('Placeholder AB');
    const app = appWithRateLimits();
    const post = (authorization: string) =>
      app.fetch('http://test.local/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query: '{ me { name } }' }),
      });
    const placeholder = (JSON.parse(HEADERS_PLACEHOLDER) as { Authorization: string }).Authorization;
    for (let i = 0; i < 3; i++) {
      const res = await post(placeholder);
      expect(res.status).not.toBe(429);
      expect(JSON.stringify(await res.json())).toContain('Send a valid API token');
    }
    const res = await post(`Bearer ${c.adminToken}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { me: { name: 'Admin of Placeholder AB' } } });
  });
});
