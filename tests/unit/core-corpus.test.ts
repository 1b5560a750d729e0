// Accuracy on the test half of the corpus (tests/corpus/test), which rules are never tuned on: the same numbers
// `npm run eval` prints for it. The floors are what the matcher reaches today, so a change that loses precision on
// text nobody tuned for fails here.
import { BRIEFINGS, TOPIC_IDS } from '../../briefings/index.ts';
import { describe, expect, it } from 'vitest';
import { createMatcher, scanPage } from '../../core/scan.ts';
import { isHardNegative, loadCorpus } from '../../scripts/lib/corpus.ts';
import { score } from '../../scripts/lib/score.ts';
import { swapNames } from '../../scripts/lib/swap-names.ts';
import { typographic } from '../../scripts/lib/typography.ts';

const passages = loadCorpus('test');
const matcher = createMatcher(BRIEFINGS);
const result = score(passages, (p) => scanPage(matcher, p.text));

describe('corpus accuracy on the test half', () => {
  it('has every topic and hard negatives', () => {
    for (const t of TOPIC_IDS) expect(passages.some((p) => p.mentions.some((m) => m.topic === t))).toBe(true);
    expect(passages.filter(isHardNegative).length).toBeGreaterThanOrEqual(50);
  });

  // Today's test-half F1 less a margin (npm run eval -- --half test): abbas 94.8, hamas 96.9, hezbollah 97.1,
  // deconfliction 93.8 (session 10's adversarial batches are why hamas fell from 95.3, session 12's x105 why abbas fell
  // from 95.4; session 22's x356 and session 26's x485 why deconfliction fell from 93.8 and from 94.1: their writers
  // marked a bare "the hotline" and "the mechanism" as the arrangement, which the matcher does not read as it, and the
  // rest of the corpus leaves unmarked).
  const floors = { abbas: 0.94, hamas: 0.945, hezbollah: 0.96, deconfliction: 0.93 } as const;
  it.each(TOPIC_IDS)('%s: F1 at or above its floor', (topic) => {
    const s = result.topics[topic];
    expect(s.f1, `${topic}: ${JSON.stringify(s)}`).toBeGreaterThanOrEqual(floors[topic]);
  });

  it('false positives on hard-negative passages stay at or below the current count', () => {
    const hard = new Set(passages.filter(isHardNegative).map((p) => p.id));
    const falsePositives = result.errors.filter((e) => e.kind === 'false positive' && hard.has(e.passage));
    // 24 on the half's hard negatives: batches x29–x60 joined it in session 9 (their first contact added 18, 9 of them
    // x58's people named Hamas), Hezbollah's spellings that stand alone added 1 (README "How sure a mention is"), and
    // session 10's batches added 17 at first contact (x64 2, x67 4, x69 1, x72 5, x79 1, x82 2, x86 2); rules since
    // took some back, and the sports rule gave 2 up to keep news words ("Arab League", "transfer of power") for news.
    // Session 11's batches x88–x103 added 4 at first contact (x90 1, x99 2, x103 1); its rules took 3 back, and a
    // bare Abbas stopped backing a bare Hamas and the other way round (players' surnames on sports pages), which
    // took 14 more, to 24. Session 12's batches x104–x111 added 16 at first contact (x105's second Abbases 15, x108 1);
    // its rules took 2 back, and the command line reading lines as the page reads blocks (core/page-text.ts) gave the
    // browser's count, 40. Session 13's batches x112–x117 added 15 at first contact (x114's other people named
    // Mahmoud Abbas); its full-name rule (core/full-name.ts) took them back: 40. Its last batches, x118–x120, written
    // after its rules to measure them, added 1 at first contact (x120's reader-written pages): 41. Session 14: his
    // name in another script, or a second waiting full name, no longer backs a waiting full name: 39; its batches
    // x121–x128 added 2 at first contact and its later rules took 3 back: 38. Session 15's batches x129–x132 (news-site
    // clutter, reference pages, sport and culture, non-Western presses) added 4 at first contact: 42; its rules took 2
    // back, and x133–x136 added 1 at first contact: 41; its later rules took 6 back (another Abbas's "President
    // Abbas"), and x137–x140 added 1 at first contact: 36. Session 16's batches x141–x146 added 11 at first contact
    // (x141's pages with two men called Abbas 10, x145 1): 47; x149 (more of those pages) added 1 at first contact: 48.
    // Session 17's batches x150–x156 added 6 at first contact (x150's two men called Abbas 5, x155 1): 54; its
    // rules took 2 back (Turkish "Hizbullahı"), and x157–x162 added 1 at first contact (x158): 53; x163–x168 added 4
    // at first contact (x165's sports pages: a coach called Abu Mazen, players called Abbas and Hamas): 57. Session
    // 18's batches x169–x176 added 6 at first contact (x169 1, x170's other parties of God 5): 63; a scorer's noun after
    // a bare name ("Abbas double") took 4 back, and x177–x184 added none at first contact: 59; "deconfliction of"
    // anything but its own parties' operations took 3 back, and x185–x192 added 9 at first contact (x190's pop
    // culture pages 6, x187 2, x192 1): 65; x193–x200 added 14 at first contact (x199's fact-checks of misread names 7,
    // x195's newsletters 6, x200 1): 79; "the other Mahmoud Abbas" took 1 back: 78; x201–x208 added 8 at first
    // contact (x207's columns 5, x201 2, x208 1): 86. Session 19's rules took 4 back (an office he never held before
    // his full name 2, an armed group's words beside another group's spelling 2): 82; x209–x240 added 5 (5 at first
    // contact too, with session 18's rules): 87; what a scorer does after a full name took 3 back: 84; Arabic حماس
    // beside a gloss of zeal 1: 83; x241–x248 added none; x249–x256, written after this session's rules, added 3 (7
    // at first contact with session 18's rules): 86; "the Hezbollah of the herb beds" took 1 back: 85; x257–x264,
    // written after this session's rules, added 9 (9 at first contact with session 18's rules too): 94; a bare name
    // quoted and spoken of took 1 back: 93; x265–x272, written after this session's rules, added 5 (5 at first contact
    // with session 18's rules too): 98; x273–x280, written after this session's rules, added 9 (9 at first contact
    // with session 18's rules too): 107; Arabic's idioms of zeal read far enough ("حماس الجماهير") took 1 back: 106.
    // Session 20: x281–x288 added 11 (11 at first contact with session 19's rules too), x289–x296 added 3 (3 too),
    // x297–x304 added 2 (2 too), x305–x312 added 5 (6 at first contact with session 19's rules): 127.
    // Session 21: its rules took 1 back (126); x313–x344 added 17 (17 at first contact with session 20's rules too): 143;
    // x345–x352 added 5 (5 at first contact too): 148.
    // Session 22: its rules took 4 back (144); x353–x389 added 12 (12 at first contact with session 21's rules too): 156;
    // x390–x395, written after this session's rules, added 5 (5 at first contact with session 21's rules too): 161.
    // Session 23: its rules took none back (161); x396–x419 added 8 (8 at first contact with session 22's rules too): 169.
    // Session 24: its rules took 7 back (162); x420–x459 added 17 (17 at first contact with session 23's rules too): 179.
    // Session 25: its rules took 13 back (166); x460–x475 added 2 (1 of x468–x475 at first contact with session 24's
    // rules, 1 of x460–x467 at first contact with this session's first rules): 168; x476–x483, written while the
    // session's rules were made and scored only at its end, added 5 (6 at first contact with session 24's rules): 173.
    // Session 26: its rules took 11 back (162); x484–x507 added 15 (15 at first contact with session 25's rules too;
    // x492–x499 were written while the session's rules were made and scored at its end): 177; its later rules, none.
    // Session 27: a full name after "a" that ends its phrase ("also a Mahmoud Abbas, and…") took 2 back: 175;
    // x508–x515 added 3 (3 at first contact with session 26's rules too): 178; x516–x523 added 1 (1 at first contact
    // with this session's rules too): 179.
    // Session 28: a full name the page has shown to be another man's, named again ("One Mahmoud Abbas in the family is
    // enough"), took 14 back: 165; x524–x531 added 7 (7 at first contact with session 27's rules too): 172; x532–x539,
    // written after this session's first rules, added 4 (4 at first contact with session 27's rules too): 176; its later
    // rules, none; x540–x547, written after them, added 9 (9 at first contact with session 27's rules too): 185; "les
    // Brigades du Hezbollah" took 1 back: 184.
    // Session 29: x548–x555 (transcripts, forums, academic text, Syria's airspace, directories, 2005–15 wire copy,
    // mixed languages, page furniture) added 2 (2 at first contact with this session's rules and with session 28's): 186;
    // x556–x563 (obituaries, TV listings, travel, business, explainers, defence press, social media, opinion with
    // Mansour Abbas), written after this session's first rules, added 6 (6 with session 28's rules too): 192;
    // x564–x571 (local news abroad, list pages, profiles, live blogs, headlines only, other European presses,
    // archives, reader comments), written after all of them, added 7 (7 with session 28's rules too): 199.
    // Session 30: its rules first took it to 198; the president's bare Russian forms (Аббас…) added 3 for 24 found
    // mentions: 201. x572–x587 (16 batches: wire copy naming several Abbases, biographies, Iraq and the Gulf, Syria's
    // air war, captions, succession, everyday pages, Romance and German presses, courts, academia, diasporas, UN
    // documents, Israeli and Lebanese press, Iran, scraped pages) added 6 (6 with the session's starting rules too): 207;
    // x588–x595 (Russian press, Gulf and South Asian sport, short posts, reference pages, business, culture, 2024–25
    // opinion, other scripts), written after them, added 2 (2 with the starting rules too): 209.
    expect(falsePositives.length).toBeLessThanOrEqual(209);
  });
});

describe('corpus accuracy with the lookalikes renamed', () => {
  // Other people's and other groups' names replaced by invented ones (scripts/lib/swap-names.ts): a person is told
  // by the shape of the text, so renaming costs abbas next to nothing (only in capitals, where shape says nothing, do
  // the lists tell "ABBAS ARAGHCHI" from him: half a point at most); groups still lean on their lists for a bare
  // prefix ("Kata'ib Hezbollah" is listed, an invented "Liwa Hezbollah" in a headline is not), about a point.
  // Both halves: this guards the rules' shape, it does not measure them.
  const both = score(loadCorpus(), (p) => scanPage(matcher, p.text));
  it.each([1, 2, 3])('seed %i: abbas F1 within half a point of it without renaming, hezbollah within two points', (seed) => {
    const renamed = score(loadCorpus(undefined, undefined, (id, raw) => swapNames(id, raw, seed)), (p) => scanPage(matcher, p.text));
    expect(renamed.topics.abbas.f1).toBeGreaterThanOrEqual(both.topics.abbas.f1 - 0.005);
    expect(renamed.topics.hezbollah.f1).toBeGreaterThanOrEqual(both.topics.hezbollah.f1 - 0.02);
  });
});

describe('the corpus in typographic dress', () => {
  // No-break spaces and hyphens and curly apostrophes are one code unit each, so every mention keeps its offsets.
  it('finds the same mentions at the same places in every passage', () => {
    const differing = loadCorpus()
      .filter((p) => JSON.stringify(scanPage(matcher, typographic(p.text)).map(({ topic, start, end }) => [topic, start, end])) !== JSON.stringify(scanPage(matcher, p.text).map(({ topic, start, end }) => [topic, start, end])))
      .map((p) => p.id);
    expect(differing).toEqual([]);
  });
});
