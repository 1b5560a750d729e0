import { ARTICLE } from './source/article.ts';
import { RAMANI, SULEYMANOV } from './speakers.ts';
import type { Briefing } from './types.ts';

export const hamas = {
  id: 'hamas',
  name: 'Hamas',
  whoWhat: 'Palestinian group that Russia, unlike the US and EU, has not blacklisted as a “terrorist” organisation.',
  match: {
    names: ['Hamas', 'Hamasu', 'Hamasem', 'Hamasowi', 'Hamasie', 'Hamasom', 'Hamasin', 'Hamasia', 'Hamasille', 'Hamasista', 'Hamasit', 'Hamasz', 'Hamaszt', 'ХАМАС', 'Хамас', 'חמאס', 'حماس', 'हमास', 'হামাস'],
    // Another group or person called Hamas is told by the modifier around it ("Algerian Hamas", "Hamas of Iraq").
    shape: 'organisation',
    // …and its armed wing's name right after its own ("Hamas Izz al-Din al-Qassam Brigades").
    ownWords: ['Arabic', 'English', 'Persian', 'Palestinian', 'Palestinians', 'Palestine', 'Gaza', 'Gazan', 'Islamist', 'Islamic', 'Sunni', 'Muslim', 'Arab', 'Izz', 'Ezz', 'Ezzedine', 'Ezzeddine', 'Qassam'],
    partners: ['Israel', 'Iran', 'Haniyeh', 'Sinwar', 'Mashaal', 'Meshaal', 'Tehran', 'Doha', 'Cairo', 'Hezbollah', 'Fatah', 'Qatar', 'Egypt', 'Gaza', 'Houthi', 'Houthis'],
    // Other presses' too: "le Hamas algérien", "Hamas d'Algérie", "Argelia".
    otherContext: ['Algeria', 'Algerian', 'Algerians', 'Algiers', 'MSP', 'Nahnah', 'Makri', 'Movement of Society for Peace', 'Algérie', 'algérien', 'algérienne', 'Alger', 'Argelia', 'argelino', 'Algerien', 'algerische', 'algerischen'],
    // "hamas" as a word: Hebrew for violence, glossed as such.
    // "Hebrew" glosses a lower-case form only: "a Hebrew tabloid: 'Hamas is playing for time'" is the group.
    lowerWordSense: ['Hebrew'],
    wordSense: ['word', 'term', 'meaning', 'means', 'violence', 'lawlessness', 'Genesis', 'Bible', 'biblical', 'Torah', 'Talmud', 'rabbinic', 'prophet', 'scripture', 'verse', 'psalm', 'translated', 'rendered'],
    supportNearby: ['Gaza', 'praising', 'glorification', 'glorifying', 'proscribed', 'financing', 'financier', 'financiers', 'Israel', 'غزہ', 'اسرائیل', 'فلسطینی', 'Israeli', 'Israelis', 'Palestinian', 'Palestinians', 'Palestine', 'Sinwar', 'Haniyeh', 'Mashaal', 'Fatah', 'West Bank', 'hostages', 'hostage', 'Qassam', 'Rafah', 'Khan Younis', 'Islamic Jihad', 'IDF', 'Netanyahu', 'Hezbollah', 'Qatar', 'Doha', 'ceasefire', 'October 7', 'Oct 7', '7 October', 'Jerusalem', 'Mahmoud Abbas', 'President Abbas', 'Abu Mazen', 'PA', 'Palestinian Authority', 'Ramallah', 'Nablus', 'Jenin', 'Cairo', 'Egypt', 'Egyptian', 'truce', 'Islamic Resistance Movement', 'Harakat al-Muqawama', 'Harakat al-Muqawamah', 'al-Qassem', 'Палестины', 'палестинский', 'палестинского', 'палестинских', 'палестинцев', 'Газа', 'Газы', 'Газе', 'Газу', 'Израиль', 'Израиля', 'Израилем', 'Рамалла', 'Рамаллы', 'غزة', 'إسرائيل', 'الاحتلال', 'فتح', 'القسام', 'هنية', 'السنوار', 'الضفة', 'رفح', 'الأسرى', 'الرهائن', 'ग़ज़ा', 'गाज़ा', 'गाजा', 'इज़राइल', 'इजराइल', 'इज़रायल', 'इजरायल', 'फ़िलिस्तीनी', 'फिलिस्तीनी', 'গাজা', 'ইসরায়েল', 'ইসরাইল', 'ফিলিস্তিন', 'ফিলিস্তিনি', 'Gazze', 'İsrail', 'Filistin', 'Filistinli', 'Filistinliler', 'ateşkes', 'rehine', 'rehineler', 'gencatan senjata', 'sandera', 'لبنان', 'حزب الله', 'Gazy', 'Gazie', 'Strefy Gazy', 'Izrael', 'Izraela', 'Izraelem', 'Palestyńczyków', 'palestyński', 'palestyńskiego'],
    // A family name in the Maghreb and beyond: "Yacine Hamas … Hamas will wear the number 4 shirt."
    familyName: true,
    // Russian and Hebrew spell the movement so, and no family name: they stand alone.
    standsAlone: ['ХАМАС', 'Хамас', 'חמאס'],
    founded: 1987,
    fuzzy: false,
  },
  summary: [
    {
      text: 'Unlike the United States and the European Union, Russia does not list Hamas as a terrorist organisation and has treated it as a legitimate political force since it won the 2006 Palestinian elections.',
      paragraphs: [5],
    },
    {
      text: 'In February Moscow brought Hamas, Fatah and Islamic Jihad together to try to bridge their divides, but Ruslan Suleymanov says nothing came of it.',
      paragraphs: [6, 7],
    },
    {
      text: 'Since October 7, Suleymanov says, Israel finds Russia’s acceptance of Hamas unacceptable, although Moscow has used its Hamas channels to help free a few Russian-Israeli hostages.',
      paragraphs: [28, 29, 30],
    },
    {
      text: 'In July Hamas’s political chief Ismail Haniyeh was assassinated in Tehran, and Russia condemned the killing.',
      paragraphs: [31, 32],
    },
  ],
  facts: [
    { text: 'Russia, unlike the US and the EU, has not blacklisted Hamas as a “terrorist” organisation.', paragraphs: [5] },
    {
      text: 'Moscow welcomed Hamas delegates shortly after the group won the 2006 Palestinian elections.',
      paragraphs: [5],
    },
    {
      text: 'In February Russia hosted a conference with representatives of Hamas, Fatah and Islamic Jihad.',
      paragraphs: [6],
    },
    {
      text: 'The Kremlin has used its channels with Hamas to help release a few Russian-Israelis taken captive on October 7.',
      paragraphs: [29],
    },
    {
      text: 'Ismail Haniyeh, Hamas’s political chief, was assassinated in Tehran in July; Iran, Russia’s close ally, has promised retaliation.',
      paragraphs: [31],
    },
    {
      text: 'Russia’s foreign ministry strongly condemned the killing as counterproductive for ceasefire negotiations.',
      paragraphs: [32],
    },
  ],
  quotes: [
    { text: 'But nothing ever came of it', speaker: SULEYMANOV, paragraph: 7 },
    {
      text: 'That’s generally all that Moscow is capable of; it doesn’t have any serious influence over Palestinian factions.',
      speaker: SULEYMANOV,
      paragraph: 8,
      attributedIn: 7,
    },
    {
      text: 'But after October 7, relations became even more strained. In Israel it’s now completely unacceptable when Russia accepts Hamas. If before October 7, this was understandable because it was assumed Moscow would act as an intermediary, now this is seen completely differently.',
      speaker: SULEYMANOV,
      paragraph: 28,
      attributedIn: 27,
    },
    {
      text: 'Because Russian-Israeli relations have been so strained over their criticisms of the war and [their relations with] Iran, the Russians now have smaller-scale diplomatic goals, like for example, they were engaging with Hamas to get Russian hostages out from their territory',
      speaker: RAMANI,
      paragraph: 30,
    },
  ],
  related: ['abbas', 'hezbollah'],
  color: { light: '28 150 90', dark: '28 150 90', backgroundAlpha: 0.22 },
  source: ARTICLE,
} satisfies Briefing<'hamas'>;
