// What kind of page a tab shows, from its URL: whether Briefings can read it at all and how to say why not.
// Pure, so the popup's wording is testable without a browser.

export type PageKind =
  /** http(s): our content script runs there (if it didn't answer, the page predates the install: reload). */
  | 'web'
  /** file://: Chrome runs content scripts there only with "Allow access to file URLs"; Firefox never does. */
  | 'file'
  /** The browser's own pages (chrome://, about:, view-source:, other extensions…): no extension may read them. */
  | 'browser'
  /** The add-on stores: browsers block every extension there. */
  | 'store'
  /** A PDF shown in the browser's viewer: there is no page text for a content script. */
  | 'pdf'
  /** The browser didn't tell us the URL (no permission for it): most likely a browser page. */
  | 'unknown';

const STORES: ReadonlyArray<[host: string, pathPrefix: string]> = [
  ['chromewebstore.google.com', '/'],
  ['chrome.google.com', '/webstore'],
  ['addons.mozilla.org', '/'],
  ['microsoftedge.microsoft.com', '/addons'],
];

export function pageKindOf(url: string | undefined): PageKind {
  if (!url) return 'unknown';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'unknown';
  }
  if (parsed.protocol === 'file:') return /\.pdf$/i.test(parsed.pathname) ? 'pdf' : 'file';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'browser';
  if (STORES.some(([host, path]) => parsed.hostname === host && parsed.pathname.startsWith(path))) return 'store';
  if (/\.pdf$/i.test(parsed.pathname)) return 'pdf';
  return 'web';
}

/** The site key used for "Pause on this site" (location.hostname, as content scripts see it); '' if none. */
export function siteOf(url: string | undefined): string {
  try {
    const parsed = new URL(url ?? '');
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : '';
  } catch {
    return '';
  }
}

/** What the popup says when the page's content script did not answer. */
export function unreachableMessage(kind: PageKind): { text: string; reload: boolean } {
  switch (kind) {
    case 'web':
      return { text: 'This page was opened before Briefings was installed or updated. Reload it to see its mentions.', reload: true };
    case 'file':
      return {
        text: 'Briefings can’t read local files here. In Chrome, turn on “Allow access to file URLs” in the extension’s details, then reload the page. Firefox doesn’t allow it.',
        reload: true,
      };
    case 'store':
      return { text: 'Browsers don’t let extensions read the add-on store, so this page can’t be scanned.', reload: false };
    case 'pdf':
      return { text: 'PDFs open in the browser’s own viewer, which extensions can’t read, so this page can’t be scanned.', reload: false };
    case 'browser':
      return { text: 'This is one of the browser’s own pages, which extensions can’t read, so it can’t be scanned.', reload: false };
    case 'unknown':
      return {
        text: 'Briefings can’t read this page. Browser pages can’t be scanned; if it’s a web page opened before Briefings was installed or updated, reload it.',
        reload: true,
      };
  }
}
