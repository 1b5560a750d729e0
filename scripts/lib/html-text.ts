// The text of an HTML document as a browser shows it (an approximation of `body.innerText`), for `npm run scan`.
// Parsed with parse5, the WHATWG parser browsers implement, so malformed markup is repaired the way a browser does.
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type Element = DefaultTreeAdapterMap['element'];

// Never rendered as text: metadata, scripts, embedded content, form controls' own values.
const SKIP = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas',
  'select', 'textarea', 'input', 'button', 'audio', 'video', 'map',
]);
// Elements that start and end a line (CSS display: block, list-item, table rows…).
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'caption', 'tr', 'ul', 'body', 'html',
]);
const CELL = new Set(['td', 'th']);

function isHidden(el: Element): boolean {
  const attr = (name: string) => el.attrs.find((a) => a.name === name)?.value;
  if (attr('hidden') !== undefined) return true;
  const style = (attr('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

class TextBuilder {
  private out = '';
  private pendingSpace = false;
  private pendingBreak = '';

  text(value: string, pre: boolean): void {
    const text = pre ? value : value.replace(/[ \t\n\r\f]+/g, ' ');
    for (const part of pre ? [text] : text.split(/( )/)) {
      if (part === '') continue;
      if (part === ' ' && !pre) {
        this.pendingSpace = true;
        continue;
      }
      if (this.out && this.pendingBreak) this.out += this.pendingBreak;
      else if (this.out && this.pendingSpace) this.out += ' ';
      this.pendingBreak = '';
      this.pendingSpace = false;
      this.out += part;
    }
  }

  /** A block boundary ("\n") or a table-cell boundary ("\t"); a line break wins over a tab. */
  boundary(kind: '\n' | '\t'): void {
    if (this.pendingBreak !== '\n') this.pendingBreak = kind;
    this.pendingSpace = false;
  }

  lineBreak(): void {
    // <br> is a forced break: several in a row make several lines; a pending block break still counts.
    if (this.out && this.pendingBreak === '\n') this.out += '\n';
    this.out += '\n';
    this.pendingBreak = '';
    this.pendingSpace = false;
  }

  toString(): string {
    return this.out;
  }
}

function walk(node: ParentNode, out: TextBuilder, pre: boolean): void {
  for (const child of node.childNodes) {
    if (child.nodeName === '#text' && 'value' in child) out.text(child.value, pre);
    if (!('tagName' in child)) continue;
    const tag = child.tagName;
    if (SKIP.has(tag) || isHidden(child)) continue;
    if (tag === 'br') {
      out.lineBreak();
      continue;
    }
    const block = BLOCK.has(tag);
    if (block) out.boundary('\n');
    if (CELL.has(tag)) out.boundary('\t');
    walk(child, out, pre || tag === 'pre');
    if (block) out.boundary('\n');
  }
}

/**
 * The visible text of `html`: hidden and non-text elements dropped, whitespace collapsed as CSS does outside
 * <pre>, one "\n" between blocks and for each <br>, "\t" between table cells.
 */
export function htmlToText(html: string): string {
  const out = new TextBuilder();
  walk(parse(html), out, false);
  return out.toString();
}
