// How the first stage finds the second once its file is imported (entrypoints/stage2.ts): a symbol-keyed global of
// the content script's own world. Types only, and one Symbol.for, so the first stage stays small.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Stage2 } from './stage2.ts';

export const STAGE2_GLOBAL = Symbol.for('briefings:stage2');
/** The second stage's file, relative to the extension's root (web_accessible_resources in wxt.config.ts). */
export const STAGE2_FILE = 'stage2.js';

export type Stage2Scope = typeof globalThis & { [STAGE2_GLOBAL]?: (ctx: ContentScriptContext) => Promise<Stage2> };
