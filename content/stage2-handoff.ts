// How the first stage finds the second once its file is imported (entrypoints/stage2.ts): a symbol-keyed global of
// the content script's own world. Types, one Symbol.for and the loader, so the first stage stays small.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Receive } from '../extension/messages.ts';

// The browser's own runtime (Firefox has `chrome` too): wxt/browser's polyfill would triple the first stage's size.
declare const chrome: { runtime: { getURL(path: string): string } };

export const STAGE2_GLOBAL = Symbol.for('briefings:stage2');
/** The second stage's file, relative to the extension's root (web_accessible_resources in wxt.config.ts). */
export const STAGE2_FILE = 'stage2.js';

/** What the second stage gives the first: the receiver of the `content/…` messages, which only it can answer. */
export interface Stage2 {
  receive: Receive;
}

export type Stage2Scope = typeof globalThis & { [STAGE2_GLOBAL]?: (ctx: ContentScriptContext) => Promise<Stage2> };

/** The second stage in one frame: `loading` from the first request for it, `ready` once it runs. */
export interface Stage2Slot {
  loading?: Promise<Stage2>;
  ready?: Stage2;
}

/** Imports and starts the second stage, once per slot. */
export function loadStage2(ctx: ContentScriptContext, slot: Stage2Slot): Promise<Stage2> {
  return (slot.loading ??= (async () => {
    if (ctx.isInvalid) throw new Error('Content script context invalidated');
    // A module import of a web-accessible file: it runs in this script's world (Chromium's isolated world,
    // Firefox's content-script sandbox) and needs no permission; Chromium serves it only at a per-session URL.
    await import(/* @vite-ignore */ chrome.runtime.getURL(`/${STAGE2_FILE}`));
    const start = (globalThis as Stage2Scope)[STAGE2_GLOBAL];
    if (!start || ctx.isInvalid) throw new Error('The second stage did not start');
    return (slot.ready = await start(ctx));
  })());
}
