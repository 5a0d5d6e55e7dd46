import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { getStaticFile } from 'ruru/static';
import type { Mode } from './config';
import { EXPLORER_EXAMPLES } from './explorer-examples';
import { reply } from './request-log';

/**
 * The API explorer: Ruru (PostGraphile's GraphiQL, v2 = GraphiQL 5), served entirely by this
 * server from the installed `ruru` package — no CDN, so it works with no network. `GET /` and
 * `GET /graphql` from a browser (Accept preferring text/html) answer the page; its scripts,
 * styles, fonts and editor workers come from `/explorer/<version>/…`, cached for a year (the
 * path changes whenever they do). The page and its assets carry a content-security-policy
 * that allows only this origin (`'self'`), plus `data:` for the fonts and icons Ruru's
 * stylesheet embeds, and inline styles (the Monaco editor inside writes `<style>` elements). No inline script: the page's settings
 * travel in a JSON data block, read by `/explorer/<version>/explorer.js`.
 *
 * Above the editor, a field for the API key: when filled, requests carry
 * `Authorization: Bearer <key>` (unless the headers editor sets Authorization itself); the key
 * stays in the browser tab (sessionStorage). The README's example operations open as tabs
 * (src/core/explorer-examples.ts).
 *
 * Off in production unless EXPLORER=on; when off, `/` and browser requests for `/graphql`
 * answer 404 JSON with code EXPLORER_OFF, and `/explorer/…` a 404.
 */

export const EXPLORER_PREFIX = '/explorer/';

/** Whether the explorer is served: EXPLORER when set, else on everywhere but production. */
export function explorerEnabled(mode: Mode, setting: 'on' | 'off' | undefined): boolean {
  return setting ? setting === 'on' : mode !== 'production';
}

/**
 * Whether an Accept header prefers an HTML page to a GraphQL response (JSON): a browser's
 * navigation does (`text/html,…,*\/*;q=0.8`); `*\/*`, no header, or JSON listed as high do not.
 */
export function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  const ranges = accept.split(',').map((part) => {
    const [type, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const quality = q ? Number(q.slice(2)) : 1;
    return { type: type.trim(), q: Number.isFinite(quality) ? quality : 0 };
  });
  // The quality a media type gets: from its own range if listed, else its type's `x/*`, else `*/*`.
  const quality = (mediaType: string) => {
    const exact = ranges.find((r) => r.type === mediaType);
    if (exact) return exact.q;
    const group = ranges.find((r) => r.type === `${mediaType.split('/')[0]}/*`);
    if (group) return group.q;
    return ranges.find((r) => r.type === '*/*')?.q ?? 0;
  };
  const html = quality('text/html');
  return html > 0 && html > Math.max(quality('application/json'), quality('application/graphql-response+json'));
}

const ruruVersion: string = (() => {
  // `ruru`'s exports map hides its package.json: find it beside the module.
  let dir = path.dirname(require.resolve('ruru/static'));
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
})();

/** The page's script: reads the settings, wires the key field, starts Ruru with a fetcher that sends the key. */
const EXPLORER_JS = `// The API explorer's start-up (served by the GraphQL server; see src/core/explorer.ts).
const config = JSON.parse(document.getElementById('explorer-config').textContent);
const base = config.staticPath;
// Monaco's workers, from this server (the worker files are Ruru's).
globalThis.MonacoEnvironment = {
  getWorker(_, label) {
    const file = label === 'json' ? 'jsonWorker.js' : label === 'graphql' ? 'graphqlWorker.js' : 'editorWorker.js';
    return new Worker(new URL(base + file, window.location.href), { type: 'module' });
  },
};

const STORAGE_KEY = 'outsourcing-graph:api-key';
const input = document.getElementById('explorer-key-input');
const state = document.getElementById('explorer-key-state');
const currentKey = () => input.value.trim();
const showState = () => {
  state.textContent = currentKey() ? 'key set: requests run as its role' : 'no key: anonymous, public fields only';
  state.dataset.keyed = currentKey() ? 'true' : 'false';
};
try {
  input.value = window.sessionStorage.getItem(STORAGE_KEY) || '';
} catch {}
input.addEventListener('input', () => {
  try {
    if (currentKey()) window.sessionStorage.setItem(STORAGE_KEY, currentKey());
    else window.sessionStorage.removeItem(STORAGE_KEY);
  } catch {}
  showState();
});
document.getElementById('explorer-key').addEventListener('submit', (event) => event.preventDefault());
showState();

// Requests as JSON POSTs to the endpoint, with the key field's key unless the headers editor sets Authorization.
const fetcher = async (params, options) => {
  const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...((options && options.headers) || {}) };
  const key = currentKey();
  if (key && !Object.keys(headers).some((name) => name.toLowerCase() === 'authorization')) headers.authorization = 'Bearer ' + key;
  const response = await fetch(config.endpoint, { method: 'POST', headers, body: JSON.stringify(params), credentials: 'omit' });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return { errors: [{ message: 'HTTP ' + response.status + ': ' + text.slice(0, 500) }] };
  }
};

const { React, createRoot, Ruru } = await import(base + 'ruru.js');
const root = document.getElementById('ruru-root');
root.textContent = '';
createRoot(root).render(React.createElement(Ruru, { ...config.props, endpoint: config.endpoint, fetcher }));
`;

const EXPLORER_CSS = `html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; }
.explorer-bar { display: flex; flex-wrap: wrap; align-items: center; gap: 0.35rem 0.9rem; padding: 0.45rem 1rem;
  border-bottom: 1px solid #d0d7de; background: #f6f8fa; color: #1f2328; font: 14px/1.4 system-ui, sans-serif; }
.explorer-bar strong { font-weight: 600; }
.explorer-bar label { font-weight: 600; }
.explorer-bar input { width: 24rem; max-width: 70vw; padding: 0.25rem 0.45rem; font: 13px ui-monospace, monospace;
  border: 1px solid #afb8c1; border-radius: 4px; }
.explorer-bar [data-keyed="true"] { color: #1a7f37; }
.explorer-bar [data-keyed="false"] { color: #9a6700; }
.explorer-bar .explorer-help { color: #59636e; font-size: 12px; }
.explorer-bar code { font: 12px ui-monospace, monospace; }
body.graphiql-dark .explorer-bar { background: #161b22; color: #e6edf3; border-color: #30363d; }
body.graphiql-dark .explorer-bar .explorer-help { color: #9198a1; }
#ruru-root { flex: 1 1 0; min-height: 0; }
#ruru-root > .graphiql-container { height: 100%; }
.explorer-loading { padding: 1rem; font: 14px system-ui, sans-serif; }
`;

/** The explorer's own assets (Ruru's are beside them); the version path changes when any of them or Ruru does. */
const OWN_ASSETS: Record<string, { type: string; body: Buffer }> = {
  'explorer.js': { type: 'text/javascript; charset=utf-8', body: Buffer.from(EXPLORER_JS) },
  'explorer.css': { type: 'text/css; charset=utf-8', body: Buffer.from(EXPLORER_CSS) },
};
const assetsHash = createHash('sha256').update(ruruVersion).update(EXPLORER_JS).update(EXPLORER_CSS).digest('hex').slice(0, 10);
/** Where the assets are served: `/explorer/ruru-<version>-<hash of ours>/`. */
export const EXPLORER_ASSETS = `${EXPLORER_PREFIX}ruru-${ruruVersion}-${assetsHash}/`;

/**
 * Only this origin: scripts, workers, fonts, images, connections (fonts and images also `data:`,
 * as Ruru's stylesheet embeds its fonts and icons). Styles also 'unsafe-inline': Monaco and
 * GraphiQL write <style> elements at run time. No frames, forms, plugins or <base>.
 */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'content-security-policy': EXPLORER_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};
const IMMUTABLE = 'public, max-age=31536000, immutable';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page: a key field, the settings as JSON data (no inline script), and Ruru from EXPLORER_ASSETS. */
export function explorerPage(endpoint = '/graphql'): string {
  const tabs = EXPLORER_EXAMPLES.map((example) => ({
    query: [`# ${example.title} (README example)`, ...(example.role ? [`# Needs a ${example.role}’s API key (${example.keyNote}): paste it in the API key field above.`] : []), example.query].join('\n'),
  }));
  const config = {
    endpoint,
    staticPath: EXPLORER_ASSETS,
    props: {
      defaultTabs: tabs,
      debugTools: [],
    },
  };
  // JSON in a data block: `<` escaped so no text in it can close the element.
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Outsourcing Graph · API explorer</title>
<link rel="stylesheet" href="${EXPLORER_ASSETS}ruru.css">
<link rel="stylesheet" href="${EXPLORER_ASSETS}explorer.css">
<link rel="modulepreload" href="${EXPLORER_ASSETS}ruru.js">
<script type="application/json" id="explorer-config">${json}</script>
<script type="module" src="${EXPLORER_ASSETS}explorer.js"></script>
</head>
<body>
<form class="explorer-bar" id="explorer-key" autocomplete="off">
<strong>Outsourcing Graph</strong>
<label for="explorer-key-input">API key</label>
<input id="explorer-key-input" name="api-key" type="password" spellcheck="false" placeholder="paste a key to run as its role; empty: anonymous">
<span id="explorer-key-state" class="explorer-key-state"></span>
<span class="explorer-help">Sent as <code>Authorization: Bearer &lt;key&gt;</code>, kept in this tab only. A key: <code>npm run cli -- keys create --role researcher --label ${escapeHtml('<you>')}</code></span>
</form>
<div id="ruru-root"><p class="explorer-loading">Loading the explorer…</p></div>
<noscript><p class="explorer-loading">The explorer needs JavaScript. Without it, POST GraphQL as JSON to ${escapeHtml(endpoint)}.</p></noscript>
</body>
</html>
`;
}

export class Explorer {
  private readonly page: Buffer;
  private readonly pageTag: string;

  constructor(private readonly options: { enabled: boolean; mode: Mode }) {
    this.page = Buffer.from(explorerPage());
    this.pageTag = `"${createHash('sha256').update(this.page).digest('hex').slice(0, 16)}"`;
  }

  get enabled(): boolean {
    return this.options.enabled;
  }

  /**
   * Answers `GET /`, a browser's `GET /graphql` and `/explorer/…`; returns false for anything
   * else (a GraphQL request to /graphql, other paths), which the caller serves.
   */
  handle(pathname: string, req: http.IncomingMessage, res: http.ServerResponse): boolean {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const isPage = pathname === '/' || (pathname === '/graphql' && prefersHtml(req.headers.accept));
    if (!isPage && !pathname.startsWith(EXPLORER_PREFIX)) return false;
    if (!this.options.enabled) {
      reply(res, 404, { errors: [{ message: 'The API explorer is off (NODE_ENV=production turns it off unless EXPLORER=on). GraphQL is served at /graphql: POST a JSON body {"query": …}.', extensions: { code: 'EXPLORER_OFF' } }] }, pathname === '/graphql' ? { vary: 'accept' } : {});
      return true;
    }
    if (isPage) {
      this.send(req, res, 200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache', etag: this.pageTag, ...(pathname === '/graphql' ? { vary: 'accept' } : {}) }, this.page);
      return true;
    }
    const name = pathname.startsWith(EXPLORER_ASSETS) ? pathname.slice(EXPLORER_ASSETS.length) : null;
    const own = name !== null ? OWN_ASSETS[name] : undefined;
    if (own) {
      this.send(req, res, 200, { 'content-type': own.type, 'cache-control': IMMUTABLE, etag: `"${assetsHash}"` }, own.body);
      return true;
    }
    if (name === null || name === '' || name.includes('/')) {
      this.notFound(res, pathname);
      return true;
    }
    void (async () => {
      const file = await getStaticFile({ staticPath: EXPLORER_ASSETS, urlPath: pathname, acceptEncoding: req.headers['accept-encoding'], disallowDevAssets: this.options.mode === 'production' });
      if (!file) return this.notFound(res, pathname);
      this.send(req, res, 200, { ...file.headers, 'cache-control': IMMUTABLE, vary: 'accept-encoding' }, file.content);
    })().catch(() => {
      if (res.headersSent) return void res.destroy();
      reply(res, 500, { errors: [{ message: 'The explorer’s files could not be read.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    });
    return true;
  }

  private notFound(res: http.ServerResponse, pathname: string): void {
    reply(res, 404, { errors: [{ message: `Not found: ${pathname.slice(0, 200)} is not a file of this server's explorer (the page is at /).`, extensions: { code: 'NOT_FOUND' } }] });
  }

  private send(req: http.IncomingMessage, res: http.ServerResponse, status: number, headers: Record<string, string>, body: Buffer): void {
    const all = { ...SECURITY_HEADERS, ...headers };
    if (headers.etag && req.headers['if-none-match'] === headers.etag) {
      res.writeHead(304, { etag: headers.etag, 'cache-control': headers['cache-control'] ?? 'no-cache' });
      res.end();
      return;
    }
    res.writeHead(status, { ...all, 'content-length': String(body.length) });
    res.end(req.method === 'HEAD' ? undefined : body);
  }
}
