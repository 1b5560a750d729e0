// Painted, not only registered: a screenshot of the page, read back inside the page, tells whether a highlight's
// colour shows under a mention. Used by tests/e2e/highlights-trees.test.ts and tests/e2e/fifth-topic.test.ts.
import { readFileSync } from 'node:fs';
import type { TestPage } from './session.ts';

/**
 * Element `id` (inside the open shadow root of element `host`, when given) and the topic's colour and background
 * alpha: its underline is looked for there, or, where the underline style paints as a background (`underline` is the
 * session's: a Firefox before 146, dom/highlighter-api.ts), its tint on white.
 */
export interface PaintProbe {
  id: string;
  host?: string;
  rgb: readonly number[];
  alpha: number;
}

/**
 * Saves a screenshot to `file` and counts, for each probe, the pixels in its element’s box near its colour
 * on every channel (the page's text is near-black on white, so only a highlight comes close).
 */
export async function paintedPixels(page: TestPage, file: string, probes: readonly PaintProbe[], underline: 'underline' | 'background'): Promise<number[]> {
  await page.screenshot(file);
  const data = readFileSync(file).toString('base64');
  return page.evaluate(
    async ({ data, probes, underlines }) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const scale = image.width / window.innerWidth;
      return probes.map(({ id, host, rgb: colour, alpha }) => {
        // A flat tint is matched closely (anti-aliased grey text must not pass for it); an underline more loosely.
        const rgb = underlines ? colour : colour.map((c) => 255 - alpha * (255 - c));
        const near = underlines ? 40 : 12;
        const root: Document | ShadowRoot = host ? document.getElementById(host)!.shadowRoot! : document;
        const box = root.getElementById(id)!.getBoundingClientRect();
        const { data: px } = context.getImageData(
          Math.floor(box.left * scale),
          Math.floor(box.top * scale),
          Math.ceil(box.width * scale),
          Math.ceil(box.height * scale),
        );
        let n = 0;
        for (let i = 0; i < px.length; i += 4) {
          if (Math.abs(px[i]! - rgb[0]!) < near && Math.abs(px[i + 1]! - rgb[1]!) < near && Math.abs(px[i + 2]! - rgb[2]!) < near) n++;
        }
        return n;
      });
    },
    { data, probes, underlines: underline === 'underline' },
  );
}
