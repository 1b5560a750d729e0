// Privacy (issue 10): the extension never touches the network. A real browser records every request while a reader
// browses the fixture pages, hovers a mention until its card opens, and uses the popup and the options page; the
// only requests are the fixture pages' own (127.0.0.1) and none is the extension's. Also: the built manifests ask for
// exactly the permissions the README justifies, and the built code carries no eval and no remote code.
//
// Recording: Chromium — Playwright's context-wide request events, which include the extension's pages and its
// service worker. Firefox — an observer on `http-on-modify-request` in the browser's own chrome window (the harness
// launches Firefox with --remote-allow-system-access), which sees every HTTP request of every process and tells who
// triggered it (a page, the add-on, the browser itself). Each recorder is first shown to see a request the test
// makes from an extension context, so an empty record cannot mean a blind recorder.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ChromiumSession } from './harness/chromium.ts';
import { evaluateInChrome, FirefoxSession, GECKO_ID } from './harness/firefox.ts';
import { launch, selectedBrowsers, type ExtensionSession } from './harness/launch.ts';
import { BUILD_DIRS, PRODUCTION_BUILD_DIRS, ROOT, type BrowserName } from './harness/paths.ts';
import type { TestPage } from './harness/session.ts';
import { cardOpen, firstVisibleMention, highlightsPainted as painted } from './harness/page-probes.ts';

interface Recorded {
  url: string;
  /** Who made it: 'page' (a web page), 'extension' (the add-on's pages, worker or scripts), 'browser' (itself). */
  by: 'page' | 'extension' | 'browser';
}

const FIXTURE_PAGES = ['article.html', 'lookalikes.html', 'split-names.html', 'spa.html', 'editables.html', 'iframe-host.html', 'hostile.html'];
const PROBE = '/__privacy-recorder-probe';

/** The permissions the extension needs, each justified in README "Privacy and permissions". */
const EXPECTED_PERMISSIONS: Record<BrowserName, string[]> = {
  chromium: ['activeTab', 'contextMenus', 'storage'],
  firefox: ['activeTab', 'contextMenus', 'storage'],
};


/** Starts recording; returns a function that reads everything recorded so far. */
async function startRecording(session: ExtensionSession): Promise<() => Promise<Recorded[]>> {
  if (session instanceof ChromiumSession) {
    const recorded: Recorded[] = [];
    const extensionOrigin = `chrome-extension://${session.extensionId}/`;
    session.context.on('request', (request) => {
      const frameUrl = (() => {
        try {
          return request.frame().url();
        } catch {
          return ''; // service worker requests have no frame
        }
      })();
      const fromExtension = request.serviceWorker() !== null || frameUrl.startsWith(extensionOrigin) || request.url().startsWith(extensionOrigin);
      recorded.push({ url: request.url(), by: fromExtension ? 'extension' : 'page' });
    });
    return async () => [...recorded];
  }
  const browser = (session as FirefoxSession).puppeteerBrowser;
  await evaluateInChrome(
    browser,
    ({ addonId }: { addonId: string }) => {
      // Runs in Firefox's privileged browser window: Services and Ci are its globals.
      const g = globalThis as never as { Services: any; Ci: any; __briefingsRequests?: unknown[] };
      if (g.__briefingsRequests) return;
      const requests: unknown[] = (g.__briefingsRequests = []);
      g.Services.obs.addObserver(
        {
          observe(subject: any) {
            const channel = subject.QueryInterface(g.Ci.nsIHttpChannel);
            const principal = channel.loadInfo?.triggeringPrincipal;
            const origin: string = principal?.isSystemPrincipal ? '' : (principal?.URI?.spec ?? '');
            const by = principal?.addonId === addonId || origin.startsWith('moz-extension:') ? 'extension' : principal?.isSystemPrincipal ? 'browser' : 'page';
            requests.push({ url: channel.URI.spec, by });
          },
        },
        'http-on-modify-request',
      );
    },
    { addonId: GECKO_ID },
  );
  return () => evaluateInChrome(browser, () => (globalThis as never as { __briefingsRequests: Recorded[] }).__briefingsRequests, null);
}

/** A request the test itself makes from an extension context, to prove the recorder sees the extension. */
async function probeFromExtension(session: ExtensionSession, url: string): Promise<void> {
  if (session instanceof ChromiumSession) {
    await session.serviceWorker.evaluate((u) => fetch(u).then(() => undefined, () => undefined), url);
    return;
  }
  const page = await session.openExtensionPage('options.html');
  // No host permission, so the response is refused (CORS); the request is still made, and that is what counts.
  await page.evaluate((u) => fetch(u).then(() => undefined, () => undefined), url);
  await page.close();
}

describe.each(selectedBrowsers())('%s: privacy', (browserName) => {
  let session: ExtensionSession;
  let read: () => Promise<Recorded[]>;
  const origin = () => inject('fixturesOrigin');

  beforeAll(async () => {
    session = await launch(browserName);
    read = await startRecording(session);
  });
  afterAll(() => session?.close());

  test('the recorder sees a request made from an extension context', async () => {
    await probeFromExtension(session, `${origin()}${PROBE}`);
    await expect.poll(async () => (await read()).filter((r) => r.url.endsWith(PROBE)).map((r) => r.by)).toEqual(['extension']);
  });

  test('browsing fixtures, hovering a mention, using the popup and options: the extension makes no request', async () => {
    let reader: TestPage | null = null;
    for (const name of FIXTURE_PAGES) {
      const page = await session.newPage();
      await page.goto(`${origin()}/pages/${name}`);
      await page.waitFor(painted);
      if (name === 'article.html') reader = page;
      else await page.close();
    }
    // Hover the first visible mention until its card opens (the card's fonts, styles and links are all local).
    const target = (await reader!.evaluate(firstVisibleMention))!;
    expect(target).not.toBeNull();
    await reader!.mouseMove(target.x, target.y, 5);
    await reader!.waitFor(cardOpen);

    const popup = await session.openExtensionPage('popup.html');
    await popup.waitFor(() => document.querySelector('input[type="search"]') !== null);
    await popup.click('input[type="search"]');
    await popup.type('hizbolah');
    await popup.waitFor(() => document.body.textContent!.includes('Hezbollah'));
    const options = await session.openExtensionPage('options.html');
    await options.waitFor(() => document.querySelector('main, form, h1') !== null);
    await Promise.all([popup.close(), options.close(), reader!.close()]);

    const recorded = await read();
    const fromExtension = recorded.filter((r) => r.by === 'extension' && !r.url.endsWith(PROBE));
    const network = (url: string) => /^(https?|wss?|ftp):/.test(url);
    // The extension's own packaged files (chrome-extension://…) are not network; anything else it requests is.
    expect(fromExtension.filter((r) => network(r.url))).toEqual([]);
    // Pages request only from the fixture server (their own documents, frames and favicon).
    expect(recorded.filter((r) => r.by === 'page' && network(r.url) && !r.url.startsWith(`${origin()}/`))).toEqual([]);
    // The browser's own traffic (Firefox's remote settings; none in Chromium) is the browser's, never the add-on's.
    expect(recorded.filter((r) => r.by === 'browser' && !r.url.startsWith(`${origin()}/`) && !/^https:\/\/[\w.-]+\.mozilla\.(com|net|org)\//.test(r.url))).toEqual([]);
    // And the page requests did happen: the recorder was on the whole time.
    expect(recorded.some((r) => r.url === `${origin()}/pages/spa.html`)).toBe(true);
  });

  test('the built manifest asks for exactly the permissions the README justifies, and no more', () => {
    const manifest = JSON.parse(readFileSync(path.join(BUILD_DIRS[browserName], 'manifest.json'), 'utf8'));
    expect([...manifest.permissions].sort()).toEqual(EXPECTED_PERMISSIONS[browserName]);
    for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions', 'externally_connectable']) {
      expect(manifest[key], key).toBeUndefined();
    }
    // The only web-accessible files are the content script's second stage and its card (docs/performance.md "Two
    // stages"), which Chromium serves only at a per-session URL.
    expect(manifest.web_accessible_resources).toEqual(
      manifest.manifest_version === 3
        ? [{ resources: ['stage2.js', 'card.js'], matches: ['<all_urls>'], use_dynamic_url: true }]
        : ['stage2.js', 'card.js'],
    );
    // Content scripts match every page (that is the product) without a host permission: they get no cross-origin
    // network access from it.
    const csp: string = typeof manifest.content_security_policy === 'string' ? manifest.content_security_policy : manifest.content_security_policy.extension_pages;
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|wasm/);

    const section = readmeSection();
    for (const permission of manifest.permissions as string[]) expect(section, `README justifies ${permission}`).toContain(`\`${permission}\``);
  });

  test('the built code has no eval, no remote code and no network API of its own', () => {
    const dir = BUILD_DIRS[browserName];
    const files = listFiles(dir).filter((file) => /\.(js|html|css)$/.test(file));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      const name = path.relative(dir, file);
      for (const banned of [/\beval\(/, /new Function\(/, /\bimportScripts\(/, /XMLHttpRequest/, /sendBeacon/, /new WebSocket/, /new EventSource/]) {
        expect(banned.test(code), `${name} contains ${banned}`).toBe(false);
      }
      // <script src> and stylesheets load from the package only.
      expect(/<(script|link)[^>]+(src|href)="(https?:)?\/\//.test(code), `${name} loads a remote resource`).toBe(false);
      expect(/@import\s+url\(\s*['"]?https?:|url\(\s*['"]?https?:/.test(code), `${name} loads a remote stylesheet or font`).toBe(false);
    }
  });

  test('the production build logs nothing: the debug logging of survived failures is not in it', () => {
    const dir = PRODUCTION_BUILD_DIRS[browserName];
    const scripts = listFiles(dir).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(2);
    for (const file of scripts) expect(readFileSync(file, 'utf8'), path.relative(dir, file)).not.toContain('survived in');
  });
});

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

/** README's "## Privacy and permissions" section, up to the next second-level heading. */
function readmeSection(): string {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('## Privacy and permissions');
  expect(start, 'README has a "## Privacy and permissions" section').toBeGreaterThanOrEqual(0);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}
