// Cues of session 30: the two cases session 29's review left open, and cues found on the tune halves of new blind
// batches. Each row fails without the rule it stands for, except the ones marked as what a rule leaves alone. Public
// figures appear as the news names them; every other person named here is invented.
import { describeCues, type CueRow } from './cue-rows.ts';

const rows: CueRow[] = [
  // In a title-case headline a word after a modal is the headline's verb, not a given name: "Would Praise Abbas".
  [
    'Hamas Would Judge Abbas On Elections, Says Gaza Official\nTalks stalled in Ramallah on Monday as the Palestinian president met envoys.',
    ['hamas:Hamas', 'abbas:Abbas'],
  ],
  ['President Mahmoud Abbas spoke. Hamas Would Praise Abbas On Elections\nTalks went on.', ['abbas:Mahmoud Abbas', 'hamas:Hamas', 'abbas:Abbas']],
  // (Left alone: a title after a modal that is no verb of its own, "Can Chef Abbas", and a given name, "Can Tareq Abbas".)
  ['Can Chef Abbas Save The Restaurant?\nA new reality show follows a cook in Leeds.', []],
  ['President Mahmoud Abbas spoke.\nCan Tareq Abbas Win In Ramallah?', ['abbas:Mahmoud Abbas']],
  // An author and year inside brackets cite a work, with a co-author or without: "(Abbas and Levin 2021, 45)".
  [
    'President Mahmoud Abbas spoke in Ramallah. Earlier work (Abbas and Levin 2021, 45) showed that Hamas grew; so did a survey (see Abbas 2019; Khalil 2020).',
    ['abbas:Mahmoud Abbas', 'hamas:Hamas'],
  ],
  // (Left alone: the president beside a partner of his and a year, as a photo's caption writes it, and a list of
  // elections by their winners, none of them an author.)
  ['President Mahmoud Abbas spoke in Ramallah. The photo (Abbas and Olmert 2007) showed Hamas too.', ['abbas:Mahmoud Abbas', 'abbas:Abbas', 'hamas:Hamas']],
  ['President Mahmoud Abbas spoke. Elections were held only twice (Arafat 1996; Abbas 2005), and Hamas won.', ['abbas:Mahmoud Abbas', 'abbas:Abbas', 'hamas:Hamas']],
  // One bearer of the name among many ("every other Abbas on earth", "encore un autre Abbas,"): no man the page speaks of.
  ['President Mahmoud Abbas spoke in Ramallah. Ha, you and every other Abbas on earth.', ['abbas:Mahmoud Abbas']],
  ['Le président Mahmoud Abbas parle à Ramallah. Encore un autre Abbas, encore une autre histoire.', ['abbas:Mahmoud Abbas']],
  // …and a question about which bearer is meant: "Which Abbas?".
  ['President Mahmoud Abbas spoke in Ramallah.\nExplainer: Which Abbas? A guide to this week\'s headlines.', ['abbas:Mahmoud Abbas']],
  // (Left alone: a relative "which", "in which Abbas, then the PLO official, spoke" and "(which Abbas had endorsed)",
  // and a question that goes on past the name…)
  ['President Mahmoud Abbas spoke. The film plays an old interview in which Abbas, then a PLO official, spoke of Oslo.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  ['President Mahmoud Abbas spoke of the plan (which Abbas, in a speech on Monday, had endorsed).', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  ['President Mahmoud Abbas spoke. Which Abbas, then, will we see in New York?', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  // (…and the name as a modifier, "another Abbas speech".)
  ['President Mahmoud Abbas spoke in Ramallah. Another Abbas speech followed.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  // Other presses' kin words before a bare name, as English's "her son Abbas": "le fils Abbas" is his son.
  ['Le président Mahmoud Abbas est âgé. Rien ne suggère que le fils Abbas nourrisse la moindre ambition, dit Ramallah.', ['abbas:Mahmoud Abbas']],
  // …and English's grandfather: "my grandfather Abbas lived in Shatila" is no president.
  ['President Mahmoud Abbas visited Beirut. For the record, my grandfather Abbas lived in Shatila until 1982.', ['abbas:Mahmoud Abbas']],
  // Arabic's enthusiasm with an adjective after it: "حماس لافت" (striking enthusiasm) among new voters.
  ['قالت حركة حماس في غزة إنها لن تشارك. وفي بيروت، إقبال متوسط وحماس لافت لدى الناخبين الجدد.', ['hamas:حماس']],
  // (Left alone: an adjective that is the sentence's predicate, "موقف حماس واضح", Hamas's position is clear.)
  ['قال مسؤول إن موقف حماس واضح من المفاوضات في غزة.', ['hamas:حماس']],
  // Persian's words after a subject ("درباره", about) are grammar, as its postpositions are.
  ['محمود عباس، رئیس تشکیلات خودگردان فلسطین، وارد قاهره شد. به گفته خبرگزاری رسمی فلسطین، عباس درباره وضعیت غزه گفت‌وگو خواهد کرد.', ['abbas:محمود عباس', 'abbas:عباس']],
  ['محمود عباس، رئیس تشکیلات خودگردان فلسطین، خواستار آتش‌بس در غزه شد. عباس همچنین از آمادگی خود برای گفت‌وگو خبر داد.', ['abbas:محمود عباس', 'abbas:عباس']],
  // The Russian press's bare forms of his name, in their cases ("с Аббасом"), as its full names already were.
  [
    'Путин и Аббас обсудили ситуацию в секторе Газа. Россия разговаривает со всеми — с Аббасом, с ХАМАС, с Израилем.',
    ['abbas:Аббас', 'abbas:Аббасом', 'hamas:ХАМАС'],
  ],
  // …and Russian's cases of his kunya, as of his full name: "визит Абу Мазена", "сказал Абу Мазену".
  ['Это первый визит Абу Мазена в Россию после начала конфликта в Газе. Путин сказал Абу Мазену, что Москва поддерживает палестинцев.', ['abbas:Абу Мазена', 'abbas:Абу Мазену']],
  // …with Russian's sentence openers not taken for given names ("Позже Аббас", later)…
  ['Палестинский президент Махмуд Аббас прилетел в Москву. Позже Аббас встретился с Лавровым.', ['abbas:Махмуд Аббас', 'abbas:Аббас']],
  // …and Russian's words that make the name another man's: "мой сосед Аббас", "журналист Аббас", "по имени Аббас".
  ['Мой сосед Аббас продаёт шаурму. Аббас говорит, что Газа далеко.', []],
  ['В интервью журналист Аббас рассказал о Газе и Израиле. Мужчина по имени Аббас рассказал о Газе.', []],
  // (Left alone: the same words before an oblique case own nothing of it, "врач Аббаса" is Abbas's doctor; and the
  // sentence opener written without ё, "Еще Аббас".)
  ['Палестинский президент Махмуд Аббас прилетел. Личный врач Аббаса заявил, что всё хорошо.', ['abbas:Махмуд Аббас', 'abbas:Аббаса']],
  ['Палестинский президент Махмуд Аббас прилетел. Еще Аббас заявил о Газе.', ['abbas:Махмуд Аббас', 'abbas:Аббас']],
  // Namesakes the Russian press's capitals hide, as the Latin lists do: "АББАС АРАКЧИ", "БАНДАР-АББАС", "АБУ АББАС".
  [
    '09:40 ХАМАС ОТВЕРГ ПЛАН ПО ГАЗЕ\n09:47 ГЛАВА МИД ИРАНА АББАС АРАКЧИ ПРИБУДЕТ В МОСКВУ\n10:20 В ПОРТУ БАНДАР-АББАС ЗАВЕРШИЛИСЬ УЧЕНИЯ\n10:31 АБУ АББАС: ИЗ АРХИВА',
    ['hamas:ХАМАС'],
  ],
  // His office in apposition names him, whoever else the page has called Abbas: "Abbas the Palestinian president".
  [
    'Review: Nadia Abbas\'s pop-up is great. Nadia Abbas came out of the kitchen. Any relation to Abbas the Palestinian president?',
    ['abbas:Abbas'],
  ],
  // (Left alone: an office his story's words do not qualify, "Abbas, the club president", nor only in part.)
  ['Coach Karim Abbas spoke. Abbas, the club president, agreed.', []],
  ['Coach Karim Abbas spoke. Abbas, a Gaza-born club president, agreed. Abbas, a Gaza native and president of the chamber, left.', []],
  // A unit of the group's own after its name, capitalised as a title: "the Hamas Investment Office".
  ['Treasury said the funds went to Gaza for the benefit of the Hamas Investment Office, officials said.', ['hamas:Hamas']],
];

describeCues('session 30 cues', rows);
