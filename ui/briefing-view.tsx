// THE briefing view, shared by the hover card (variant 'card') and the popup index (variant 'full').
// Everything is rendered as text through Preact (which escapes); briefing strings are never parsed as HTML.
// Styles: ui/briefing-view.css (class names prefixed `bv-`, colours from --bv-* custom properties).
import type { BriefingContent, CitedText, Quote } from '../briefings/types.ts';

export interface BriefingViewProps {
  briefing: BriefingContent;
  variant: 'card' | 'full';
  /** Quotes to show, most relevant first; default: the card shows the first quote, 'full' shows every quote. */
  quotes?: readonly Quote[];
  /** id for the heading, so a dialog around the view can point aria-labelledby at it. */
  headingId?: string;
  /** Heading level of the topic name; the popup nests briefings under its own h1. */
  headingLevel?: 2 | 3;
}

/** "¶ 5" or "¶ 3, 4": where in the source article a sentence or quote comes from. */
export function paragraphCite(paragraphs: readonly number[]): string {
  return `¶ ${paragraphs.join(', ')}`;
}

/** "13 Aug 2024" from "2024-08-13", the same in every locale and time zone (the article's own format). */
export function formatPublished(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  // Not Intl.DateTimeFormat: constructing one cost 20–30 ms of the first hover → card (npm run bench profile).
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const CARD_SUMMARY_SENTENCES = 2;

function Cited({ item }: { item: CitedText }) {
  return (
    <>
      {item.text} <span class="bv-cite">({paragraphCite(item.paragraphs)})</span>
    </>
  );
}

function QuoteBlock({ quote, withDescription }: { quote: Quote; withDescription: boolean }) {
  return (
    <figure class="bv-quote">
      <blockquote>
        <p>“{quote.text}”</p>
      </blockquote>
      <figcaption>
        — <span class="bv-speaker">{quote.speaker.name}</span>
        {withDescription && quote.speaker.description ? `, ${quote.speaker.description}` : ''}{' '}
        <span class="bv-cite">{paragraphCite([quote.paragraph])}</span>
      </figcaption>
    </figure>
  );
}

export function BriefingView({ briefing, variant, quotes, headingId, headingLevel = 2 }: BriefingViewProps) {
  const full = variant === 'full';
  const shownQuotes = quotes ?? (full ? briefing.quotes : briefing.quotes.slice(0, 1));
  // A hover card has room for the summary's lead; the index shows all of it.
  const summary = full ? briefing.summary : briefing.summary.slice(0, CARD_SUMMARY_SENTENCES);
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const { source } = briefing;
  return (
    <article class={`bv bv-${variant}`} data-topic={briefing.id}>
      <header class="bv-header">
        <Heading id={headingId} class="bv-name">
          {briefing.name}
        </Heading>
        <p class="bv-whowhat">{briefing.whoWhat}</p>
      </header>
      <p class="bv-summary">
        {summary.map((item, i) => (
          <span key={i}>
            {i > 0 ? ' ' : ''}
            <Cited item={item} />
          </span>
        ))}
      </p>
      {full && briefing.facts.length > 0 && (
        <ul class="bv-facts">
          {briefing.facts.map((fact, i) => (
            <li key={i}>
              <Cited item={fact} />
            </li>
          ))}
        </ul>
      )}
      {shownQuotes.map((quote, i) => (
        <QuoteBlock key={i} quote={quote} withDescription={full} />
      ))}
      <p class="bv-source">
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {source.title}
        </a>{' '}
        <span class="bv-source-meta">
          {source.publisher} · {source.author} · <time dateTime={source.published}>{formatPublished(source.published)}</time>
        </span>
      </p>
    </article>
  );
}
