// The card's hover-intent timing (dom/hover-intent.ts) under fake timers: open after the delay, keep open on the
// mention or in the card, close after the grace period, no flicker across gaps and neighbouring mentions.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createHoverIntent, type HoverIntent } from '../../dom/hover-intent.ts';

const DELAY = 300;
const GRACE = 350;
let events: string[];
let controller: AbortController;
let intent: HoverIntent;

beforeEach(() => {
  vi.useFakeTimers();
  events = [];
  controller = new AbortController();
  intent = createHoverIntent(
    {
      delayMs: () => DELAY,
      graceMs: GRACE,
      onOpen: (id) => events.push(`open ${id}`),
      onClose: () => events.push('close'),
    },
    controller.signal,
  );
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

test('opens only once the pointer has stayed on a mention for the delay, and marks it', () => {
  const mark = vi.spyOn(performance, 'mark');
  intent.pointerOn('a');
  vi.advanceTimersByTime(DELAY - 1);
  expect(events).toEqual([]);
  vi.advanceTimersByTime(1);
  expect(events).toEqual(['open a']);
  expect(mark).toHaveBeenCalledWith('briefings:hover-intent');
});

test('passing over a mention opens nothing', () => {
  intent.pointerOn('a');
  vi.advanceTimersByTime(100);
  intent.pointerOn(null);
  vi.advanceTimersByTime(DELAY * 3);
  expect(events).toEqual([]);
});

test('a gap inside a mention (between wrapped lines) does not restart or cancel the delay', () => {
  intent.pointerOn('a');
  vi.advanceTimersByTime(200);
  intent.pointerOn(null);
  vi.advanceTimersByTime(20);
  intent.pointerOn('a');
  vi.advanceTimersByTime(80);
  expect(events).toEqual(['open a']);
});

test('leaving the mention closes after the grace period; coming back in time keeps it', () => {
  intent.pointerOn('a');
  vi.advanceTimersByTime(DELAY);
  intent.pointerOn(null);
  vi.advanceTimersByTime(GRACE - 1);
  intent.pointerOn('a');
  vi.advanceTimersByTime(GRACE * 3);
  expect(events).toEqual(['open a']);
  intent.pointerOn(null);
  vi.advanceTimersByTime(GRACE);
  expect(events).toEqual(['open a', 'close']);
});

test('moving into the card keeps it open, leaving the card closes it after the grace period', () => {
  intent.pointerOn('a');
  vi.advanceTimersByTime(DELAY);
  intent.pointerOn(null);
  vi.advanceTimersByTime(100);
  intent.pointerInCard(true);
  vi.advanceTimersByTime(GRACE * 5);
  expect(events).toEqual(['open a']);
  intent.pointerInCard(false);
  vi.advanceTimersByTime(GRACE);
  expect(events).toEqual(['open a', 'close']);
});

test('crossing another mention on the way to the card does not switch the card', () => {
  intent.pointerOn('a');
  vi.advanceTimersByTime(DELAY);
  intent.pointerOn('b');
  vi.advanceTimersByTime(120);
  intent.pointerOn(null);
  vi.advanceTimersByTime(60);
  intent.pointerInCard(true);
  vi.advanceTimersByTime(DELAY * 3);
  expect(events).toEqual(['open a']);
});

test('resting on a neighbouring mention switches straight to it, with no close in between', () => {
  intent.pointerOn('a');
  vi.advanceTimersByTime(DELAY);
  intent.pointerOn('b');
  vi.advanceTimersByTime(DELAY);
  expect(events).toEqual(['open a', 'open b']);
});

test('a keyboard-opened (pinned) card is not closed by the pointer moving elsewhere', () => {
  intent.opened('k', true);
  intent.pointerOn(null);
  vi.advanceTimersByTime(GRACE * 5);
  expect(events).toEqual([]);
  intent.pointerInCard(true);
  intent.pointerInCard(false);
  vi.advanceTimersByTime(GRACE);
  expect(events).toEqual(['close']);
});

test('the delay is read from the settings on every hover', () => {
  let delay = 300;
  const opened: string[] = [];
  const own = createHoverIntent(
    { delayMs: () => delay, graceMs: GRACE, onOpen: (id) => opened.push(id), onClose: () => {} },
    controller.signal,
  );
  delay = 1000;
  own.pointerOn('a');
  vi.advanceTimersByTime(999);
  expect(opened).toEqual([]);
  vi.advanceTimersByTime(1);
  expect(opened).toEqual(['a']);
});

test('nothing fires after the signal aborts', () => {
  intent.pointerOn('a');
  controller.abort();
  vi.advanceTimersByTime(DELAY * 3);
  expect(events).toEqual([]);
});

test('with inFrame, an opening runs in the next frame callback, and not at all if the pointer left before it', () => {
  const frames: Array<() => void> = [];
  const framed = createHoverIntent(
    {
      delayMs: () => DELAY,
      graceMs: GRACE,
      onOpen: (id) => events.push(`framed open ${id}`),
      onClose: () => events.push('framed close'),
      inFrame: (run) => frames.push(run),
    },
    controller.signal,
  );
  framed.pointerOn('a');
  vi.advanceTimersByTime(DELAY);
  expect(events).toEqual([]);
  expect(frames).toHaveLength(1);
  frames.shift()!();
  expect(events).toEqual(['framed open a']);

  framed.pointerOn(null);
  vi.advanceTimersByTime(GRACE);
  expect(events).toEqual(['framed open a', 'framed close']);
  // Delay over, frame not yet run, pointer gone: the frame opens nothing.
  framed.pointerOn('b');
  vi.advanceTimersByTime(DELAY);
  framed.pointerOn(null);
  frames.shift()!();
  expect(events).toEqual(['framed open a', 'framed close']);
});
