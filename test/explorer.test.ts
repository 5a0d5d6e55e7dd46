import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPLORER_ASSETS, explorerEnabled, prefersHtml } from '../src/core/explorer';
import { EXPLORER_EXAMPLES } from '../src/core/explorer-examples';
import { readSettings } from '../src/core/settings';
import { startTestServer, type TestServer } from './support/test-server';

// Issue 13: an API explorer that works with no network — Ruru served from the installed package at / and,
// for browsers, at /graphql; the README's examples as tabs; a field for the API key; off in production unless enabled.

const root = path.join(__dirname, '..');
/** What Chromium sends when it navigates to a page. */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8';

let server: TestServer;
let production: TestServer;
let productionOn: TestServer;
beforeAll(async () => {
  [server, production, productionOn] = await Promise.all([
    startTestServer(),
    startTestServer({ mode: 'production' }),
    startTestServer({ mode: 'production', explorer: true }),
  ]);
});
afterAll(async () => {
  await Promise.all([server?.close(), production?.close(), productionOn?.close()]);
});

const page = (base: string, pathname = '/', accept = BROWSER_ACCEPT) => fetch(`${base}${pathname}`, { headers: { accept } });

/** Every src and href of the page's elements. */
const references = (html: string) => [...html.matchAll(/\b(?:src|href)\s*=\s*"([^"]*)"/g)].map((m) => m[1]);

describe('the explorer page', () => {
  it('answers GET / and a browser’s GET /graphql with the page, under a policy that allows only this origin', async () => {
    for (const pathname of ['/', '/graphql']) {
      const response = await page(server.url, pathname);
      expect(response.status, pathname).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const csp = response.headers.get('content-security-policy')!;
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      // Nothing but this origin anywhere in the policy (and the data: images icons use).
      expect(csp.replace(/'(self|none|unsafe-inline)'|data:/g, '')).not.toMatch(/https?:|\*|'unsafe-eval'|blob:/);
      const html = await response.text();
      expect(html).toContain('id="explorer-key-input"');
      expect(html).toContain('Authorization: Bearer &lt;key&gt;');
    }
  });

  it('has no inline script: the settings travel as JSON data', async () => {
    const html = await (await page(server.url)).text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      if (/type="application\/json"/.test(attributes)) expect(() => JSON.parse(body)).not.toThrow();
      else expect({ attributes, body: body.trim() }).toMatchObject({ attributes: expect.stringMatching(/\bsrc="/), body: '' });
    }
  });

  it('serves every file the page references itself, cached for a year, none from another host', async () => {
    const html = await (await page(server.url)).text();
    const referenced = references(html);
    expect(referenced.length).toBeGreaterThanOrEqual(4);
    const config = JSON.parse(html.match(/<script type="application\/json" id="explorer-config">([\s\S]*?)<\/script>/)![1]);
    expect(config.staticPath).toBe(EXPLORER_ASSETS);
    // Ruru loads its editor workers from the same folder; its stylesheet names its font.
    const files = new Set([...referenced, ...['editorWorker.js', 'graphqlWorker.js', 'jsonWorker.js'].map((f) => EXPLORER_ASSETS + f)]);
    for (const reference of [...files]) {
      expect(reference, `${reference} must be a path on this server`).toMatch(/^\/(?!\/)/);
      const response = await fetch(new URL(reference, server.url), { headers: { 'accept-encoding': 'br, gzip' } });
      expect(response.status, reference).toBe(200);
      expect(response.headers.get('cache-control'), reference).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      if (reference.endsWith('.css')) {
        for (const [, url] of (await response.text()).matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
          if (url.startsWith('data:') || url.startsWith('#')) continue;
          expect(url, `${reference} refers to ${url}`).not.toMatch(/^[a-z]+:|^\/\//i);
          files.add(new URL(url, new URL(reference, server.url)).pathname);
        }
      } else await response.arrayBuffer();
    }
    // Whatever the stylesheets name, too (Ruru's embeds its fonts as data: URLs).
    for (const reference of files) expect((await fetch(new URL(reference, server.url))).status, reference).toBe(200);
  });

  it('answers an unknown explorer file, or one of another version, with 404', async () => {
    expect((await fetch(`${server.url}${EXPLORER_ASSETS}nope.js`)).status).toBe(404);
    expect((await fetch(`${server.url}/explorer/ruru-0.0.0-0000000000/ruru.js`)).status).toBe(404);
  });

  it('leaves GraphQL requests to /graphql as they were', async () => {
    // JSON POST, as every client sends it.
    const post = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept: BROWSER_ACCEPT }, body: JSON.stringify({ query: '{ serviceDomains { number } }' }) });
    expect(post.status).toBe(200);
    expect(((await post.json()) as { data: { serviceDomains: unknown[] } }).data.serviceDomains).toHaveLength(24);
    // A GET that does not prefer HTML is a GraphQL request: without a CSRF-safe header it is still refused.
    for (const accept of ['*/*', 'application/json', 'application/graphql-response+json, text/html;q=0.5']) {
      const refused = await page(server.url, `/graphql?query=${encodeURIComponent('{ serviceDomains { number } }')}`, accept);
      expect(refused.status, accept).toBe(400);
      expect(refused.headers.get('content-type'), accept).toMatch(/json/);
    }
  });

  it('opens the README’s examples as tabs, each exactly as the README has it', async () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(EXPLORER_EXAMPLES.length).toBeGreaterThan(0);
    for (const example of EXPLORER_EXAMPLES) expect(readme, example.title).toContain(example.query);
    const html = await (await page(server.url)).text();
    const config = JSON.parse(html.match(/id="explorer-config">([\s\S]*?)<\/script>/)![1]);
    expect(config.props.defaultTabs).toHaveLength(EXPLORER_EXAMPLES.length);
    EXPLORER_EXAMPLES.forEach((example, i) => expect(config.props.defaultTabs[i].query).toContain(example.query));
  });
});

describe('in production', () => {
  it('is off by default: / and a browser’s /graphql answer 404 JSON that says so', async () => {
    for (const pathname of ['/', '/graphql']) {
      const response = await page(production.url, pathname);
      expect(response.status, pathname).toBe(404);
      expect(response.headers.get('content-type')).toBe('application/json');
      const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
      expect(body.errors[0].extensions.code).toBe('EXPLORER_OFF');
      expect(body.errors[0].message).toContain('EXPLORER=on');
    }
    expect((await fetch(`${production.url}${EXPLORER_ASSETS}ruru.js`)).status).toBe(404);
    // GraphQL itself as before: a JSON POST runs, a GET without a CSRF-safe header is refused.
    expect((await production.query('{ serviceDomains { number } }', undefined, null)).data).toMatchObject({ serviceDomains: expect.any(Array) });
    expect((await page(production.url, `/graphql?query=${encodeURIComponent('{ __typename }')}`, '*/*')).status).toBe(400);
  });

  it('is served when enabled', async () => {
    const response = await page(productionOn.url, '/graphql');
    expect(response.status).toBe(200);
    const html = await response.text();
    for (const reference of references(html)) expect((await fetch(new URL(reference, productionOn.url))).status, reference).toBe(200);
  });

  it('follows EXPLORER: unset, on outside production only; on or off as set', () => {
    expect(readSettings({}).explorer).toBeUndefined();
    expect(readSettings({ EXPLORER: 'on' }).explorer).toBe('on');
    expect(() => readSettings({ EXPLORER: 'yes' })).toThrow('EXPLORER must be on or off, not "yes"');
    expect(explorerEnabled('development', undefined)).toBe(true);
    expect(explorerEnabled('test', undefined)).toBe(true);
    expect(explorerEnabled('production', undefined)).toBe(false);
    expect(explorerEnabled('production', 'on')).toBe(true);
    expect(explorerEnabled('development', 'off')).toBe(false);
  });
});

describe('which requests get the page', () => {
  it('a browser’s Accept prefers HTML; a GraphQL client’s, curl’s or none does not', () => {
    expect(prefersHtml(BROWSER_ACCEPT)).toBe(true);
    expect(prefersHtml('text/html')).toBe(true);
    expect(prefersHtml(undefined)).toBe(false);
    expect(prefersHtml('*/*')).toBe(false);
    expect(prefersHtml('application/json')).toBe(false);
    expect(prefersHtml('application/graphql-response+json, application/json;q=0.9')).toBe(false);
    expect(prefersHtml('text/html, application/json')).toBe(false);
    expect(prefersHtml('application/json;q=0.5, text/html')).toBe(true);
    expect(prefersHtml('text/html;q=0')).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// In a real browser: Debian's Chromium driven by playwright-core, every request to another host blocked.

/** Chromium to drive: CHROMIUM_PATH, else the usual places of Debian's and others' packages. */
function findChromium(): { path?: string; why?: string } {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'].filter(Boolean) as string[];
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (found) return { path: found };
  return { why: `no Chromium at ${candidates.join(', ')}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH` };
}
const chromium = findChromium();
if (chromium.why) console.warn(`test/explorer.test.ts: the real-browser test is skipped: ${chromium.why}`);

describe.skipIf(!chromium.path)('in a real browser with the network blocked', () => {
  let browser: Browser;
  let context: BrowserContext;
  let tab: Page;
  const foreign: string[] = [];
  const problems: string[] = [];
  const posts: Request[] = [];

  beforeAll(async () => {
    const { chromium: launcher } = await import('playwright-core');
    browser = await launcher.launch({
      executablePath: chromium.path,
      headless: true,
      // As root in a container, and with nothing of Chromium's own reaching out to the network.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    context = await browser.newContext();
    const origin = new URL(server.url).origin;
    // The network: only the test server. Every other request is counted, then refused.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin) return route.continue();
      foreign.push(url);
      return route.abort('blockedbyclient');
    });
    // Whatever the content-security-policy refuses, kept in the page (browser code as text: the project has no DOM types).
    await context.addInitScript({
      content: `window.__violations = [];
        document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(event.violatedDirective + ' ' + event.blockedURI));`,
    });
    tab = await context.newPage();
    tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    tab.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    tab.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/graphql')) posts.push(request);
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  /** The response pane's text as shown (Monaco draws only the lines in view). */
  const responseText = async () => ((await tab.locator('.graphiql-response').innerText()) ?? '').replace(/\u00a0/g, ' ');

  /** Runs the active tab (Ctrl+Enter in its editor) and waits for the answer to `predicate`'s request. */
  const run = async (predicate: (body: string) => boolean) => {
    const answer = tab.waitForResponse((r) => r.url() === `${server.url}/graphql` && r.request().method() === 'POST' && predicate(r.request().postData() ?? ''));
    await tab.locator('.graphiql-query-editor .monaco-editor').first().click();
    await tab.keyboard.press('Control+Enter');
    return answer;
  };

  it('loads, with the README’s examples as tabs, and answers a query with data from the database', async () => {
    await tab.goto(`${server.url}/graphql`);
    await tab.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });
    // The examples as tabs (the first one open), then the editor shows the first.
    const tabs = tab.locator('.graphiql-tab');
    await expect.poll(() => tabs.count()).toBe(EXPLORER_EXAMPLES.length);
    await expect.poll(async () => (await tab.locator('.graphiql-query-editor .view-lines').first().innerText()).replace(/\u00a0/g, ' '), { timeout: 20_000 }).toContain('(README example)');
    // A new tab, a query typed in it (one anybody may run), Ctrl+Enter.
    await tab.locator('.graphiql-tab-add').click();
    await expect.poll(() => tabs.count()).toBe(EXPLORER_EXAMPLES.length + 1);
    await tab.locator('.graphiql-query-editor .monaco-editor').first().click();
    await tab.keyboard.insertText('{ parks(first: 5) { totalCount nodes { nameZh } } }');
    const response = await run((body) => body.includes('parks(first: 5) { totalCount nodes { nameZh } }'));
    const body = (await response.json()) as { data: { parks: { totalCount: number; nodes: Array<{ nameZh: string }> } } };
    expect(body.data.parks.nodes.length).toBeGreaterThan(0);
    const [{ count }] = await server.sql<{ count: string }>('select count(*) from park');
    expect(body.data.parks.totalCount).toBe(Number(count));
    const first = body.data.parks.nodes[0].nameZh;
    expect((await server.sql('select 1 from park where name_zh = $1', [first])).length).toBe(1);
    await expect.poll(responseText, { timeout: 10_000 }).toContain(first);
  }, 90_000);

  it('sends the key from its field: the example that needs a researcher answers in full', async () => {
    const example = EXPLORER_EXAMPLES.findIndex((e) => e.role === 'researcher');
    expect(example).toBeGreaterThanOrEqual(0);
    await tab.locator('.graphiql-tab').nth(example).click();
    await tab.locator('#explorer-key-input').fill(server.keys.researcher);
    await expect.poll(() => tab.locator('#explorer-key-state').textContent()).toMatch(/key set/);
    const response = await run((body) => body.includes('talentPipeline'));
    expect(await response.request().headerValue('authorization')).toBe(`Bearer ${server.keys.researcher}`);
    const body = (await response.json()) as { data: { talentPipeline: { stages: unknown } }; errors?: Array<{ extensions?: { code?: string } }> };
    // The researcher-only field answers; no error says the caller may not.
    expect(body.data.talentPipeline.stages).toBeTruthy();
    expect((body.errors ?? []).map((e) => e.extensions?.code)).not.toContain('FORBIDDEN');
    expect((body.errors ?? []).map((e) => e.extensions?.code)).not.toContain('UNAUTHENTICATED');
    await expect.poll(responseText, { timeout: 10_000 }).toContain('"stages"');
    expect(await responseText()).not.toMatch(/FORBIDDEN|UNAUTHENTICATED/);
  }, 60_000);

  it('without a key sends none', async () => {
    await tab.locator('#explorer-key-input').fill('');
    await expect.poll(() => tab.locator('#explorer-key-state').textContent()).toMatch(/no key/);
    const response = await run((body) => body.includes('talentPipeline'));
    expect(await response.request().headerValue('authorization')).toBeNull();
  });

  it('asked nothing of another host, broke no rule of its content-security-policy, and logged no error', async () => {
    expect(foreign).toEqual([]);
    expect(await tab.evaluate('window.__violations')).toEqual([]);
    expect(problems).toEqual([]);
    expect(posts.length).toBeGreaterThanOrEqual(3);
    // The watch is real: an image from another host is refused by the policy (before any request), and reported.
    await tab.evaluate(`new Image().src = 'http://192.0.2.1/csp-probe.png'`);
    await expect.poll(() => tab.evaluate('window.__violations')).toEqual(['img-src http://192.0.2.1/csp-probe.png']);
    // So is the count: a request to another host from a page without the policy is counted (and refused).
    const other = await context.newPage();
    await other.evaluate(() => fetch('http://192.0.2.1/probe').catch(() => undefined));
    await other.close();
    expect(foreign).toEqual(['http://192.0.2.1/probe']);
  });
});
