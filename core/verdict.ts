// What judging a hit answers (core/disambiguate.ts): a mention with its confidence, or a rejection's reason.

/** Why a hit was rejected: codes, not sentences (the content script ships this file and has a size budget). */
export type RejectReason =
  | 'named-otherwise'
  | 'rejecting-word-nearby'
  | 'context-missing'
  | 'other-one-nearby'
  | 'page-means-other'
  | 'credit'
  | 'other-name-touching'
  | 'other-parties'
  | 'word-sense'
  | 'named-as'
  | 'unsupported';

export type Verdict = { accept: true; confidence: number } | { accept: false; reason: RejectReason };

/**
 * How sure a mention is. A listed full name is near-certain; a generated typo spelling is likely; a bare
 * ambiguous form depends on what backs it: the page's own full name, topic words nearby, or nothing.
 */
export const CONFIDENCE = {
  name: 0.98,
  typo: 0.8,
  ambiguousEstablished: 0.9,
  ambiguousSupported: 0.85,
  ambiguous: 0.7,
  /** A title right before the bare form ("President Abbas"). */
  titled: 0.92,
  /** Required context (deconfliction: Russia and Israel) found nearby. */
  inContext: 0.9,
  /** Required context missing nearby, but the page established the topic earlier (one sense per page). */
  inPage: 0.85,
  /** An organisation's spelling that stands alone (MatchRules.standsAlone), with nothing on the page to back it. */
  alone: 0.8,
  /** A bare form with nothing behind it that the page then named in full soon after (a headline above its story). */
  confirmedLater: 0.85,
} as const;

/**
 * Bare ambiguous forms below this confidence are not reported: on the corpus's test half a bare "Abbas" with
 * nothing on the page backing it was right too rarely (README "How sure a mention is").
 */
export const MIN_CONFIDENCE = 0.75;
