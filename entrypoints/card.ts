// The briefing card as its own web-accessible file, card.js (docs/performance.md "Two stages"): the second stage
// imports it once the page has its first mention or a card command arrives. An unlisted script whose main runs on
// import and hands createCard to the second stage through a global of the content script's world.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCard } from '../card/index.ts';
import { CARD_GLOBAL, type CardScope } from '../content/card-handoff.ts';

export default defineUnlistedScript(() => {
  // Bench and test builds only: lets the suite tell a page that loaded the card from one that did not.
  if (import.meta.env.BRIEFINGS_MARKS) performance.mark('briefings:card-start');
  (globalThis as CardScope)[CARD_GLOBAL] = createCard;
});
