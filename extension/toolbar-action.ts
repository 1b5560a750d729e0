// The toolbar button's API: `action` in MV3 (Chrome), `browserAction` in MV2 (Firefox builds target MV2 in WXT 0.20).
import { browser } from 'wxt/browser';

export type ToolbarAction = Pick<
  typeof browser.action,
  'setBadgeText' | 'setBadgeBackgroundColor' | 'getBadgeText' | 'openPopup' | 'setTitle'
>;

export function toolbarAction(): ToolbarAction {
  return (browser.action ?? (browser as unknown as { browserAction: ToolbarAction }).browserAction) as ToolbarAction;
}
