// What kind of page a tab shows, from its URL: whether Briefings can read it at all and how to say why not.
// Pure, so the popup's wording is testable without a browser.

export type PageKind =
  /** http(s): our content script runs there (if it didn't answer, it found nothing, or the page predates the install). */
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

/** What the popup says when no content script of the page answered: it found no candidate, or it cannot run there. */
export function unreachableMessage(kind: PageKind): { text: string; reload: boolean } {
  switch (kind) {
    case 'web':
      // Briefings listens on a page only once something there could be a mention (content/first-stage-messages.ts):
      // silence means nothing was found, or the page predates the install.
      return { text: 'No mentions found on this page. If it was open before Briefings was installed or updated, reload it to have it read.', reload: true };
    case 'file':
      return {
        text: 'No mentions found. Briefings reads local files only in Chrome, with “Allow access to file URLs” turned on in the extension’s details (then reload the page); Firefox doesn’t allow it.',
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
        text: 'No mentions found here. Browser pages can’t be scanned; a web page open before Briefings was installed or updated is read once you reload it.',
        reload: true,
      };
  }
}
