// How the second stage finds the card once its file is imported (entrypoints/card.ts): a symbol-keyed global of the
// content script's own world, as stage2-handoff.ts does for the second stage. Types, one Symbol.for and the loader,
// so the second stage holds none of the card's code (Preact, positioning, the briefings' text).
import type { CardCommands, CardOptions } from '../card/index.ts';

// The browser's own runtime, as in stage2-handoff.ts.
declare const chrome: { runtime: { getURL(path: string): string } };

export const CARD_GLOBAL = Symbol.for('briefings:card');
/** The card's file, relative to the extension's root (web_accessible_resources in wxt.config.ts). */
export const CARD_FILE = 'card.js';

export type CreateCard = (options: CardOptions) => CardCommands;
export type CardScope = typeof globalThis & { [CARD_GLOBAL]?: CreateCard };

let loading: Promise<CreateCard> | undefined;

/** Imports the card's file once per frame and returns its createCard; a failed import is tried again next time. */
export function loadCard(): Promise<CreateCard> {
  return (loading ??= (async () => {
    // A module import of a web-accessible file, run in this script's world (see loadStage2).
    await import(/* @vite-ignore */ chrome.runtime.getURL(`/${CARD_FILE}`));
    const create = (globalThis as CardScope)[CARD_GLOBAL];
    if (!create) throw new Error('The card did not load');
    return create;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  }));
}
