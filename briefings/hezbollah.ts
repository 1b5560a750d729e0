import { ARTICLE } from './source/article.ts';
import { KATZ } from './speakers.ts';
import type { Briefing } from './types.ts';

export const hezbollah = {
  id: 'hezbollah',
  name: 'Hezbollah',
  whoWhat: 'Iranian-backed group, a sworn enemy of Israel, that Russia collaborates with in Syria.',
  match: {
    names: ['Hezbollah', 'Hizbollah', 'Hizballah', 'Hizbullah', 'Hizbullahı', 'Hizballahom', 'Hizballahem', 'Hizballahu', 'Hizballahovi', 'Hezbollahu', 'Hezbollahut', 'Hezbollahem', 'Hezbollahowi', 'Hezbollahin', 'Hezbollahia', 'Hizbollahin', 'Hizbollahia', 'Hezbollahot', 'Hezbollahhal', 'Hezbullah', 'Hisbollah', 'Hezbolá', 'Hizbolá', "Hizb'allah", "Hezb'allah", 'Hizb Allah', 'Hezb Allah', "Hizbu 'llah", 'حزب الله', 'Хезболла', 'Хезболлах', 'Хезболлы', 'Хезболле', 'Хезболлу', 'Хезболлой', 'ХЕЗБОЛЛА', 'Хизбалла', 'Хизбаллы', 'חיזבאללה', 'חזבאללה', 'हिज़्बुल्लाह', 'हिजबुल्लाह', 'हिज़बुल्लाह', 'হিজবুল্লাহ', 'حزب اللہ', 'حزب‌الله'],
    // Another group with the word in its name is told by the proper-name modifier around it ("Turkish Hezbollah",
    // "Hezbollah al-Hejaz"); the lists back that up where capitals say nothing.
    shape: 'organisation',
    ownWords: ['Radwan', 'Arabic', 'English', 'Persian', 'Leban*', 'Lübnan*', 'Liban*', 'Shiite', 'Shia', 'Şii', "Shi'ite", 'Shiites', 'Islamist', 'Islamic', 'Muslim', 'Arab'],
    partners: ['Israel', 'Iran', 'Nasrallah', 'Qassem', 'Tehran', 'Damascus', 'Assad', 'Hamas', 'Amal', 'Syria', 'Beirut', 'Fatah', 'Houthi', 'Houthis'],
    rejectBefore: ["Kata'ib", 'Kataib', 'Harakat', 'Ansar', 'Ansar-e', 'Ansar-i', 'Laskar', 'faqat', 'faghat', 'كتائب', 'کتائب', 'حركة', 'כתאאב', 'כתאיב'],
    rejectAfter: ['Brigades', 'Brigade', 'Brigaden', 'Brigadas', 'Brigate', 'Battalions', 'al-Nujaba', 'al-Hejaz', 'al-Hijaz', 'Nujaba'],
    // Not Iran, Shia, Syria or rockets: every Shia militia of the region shares those, so they cannot tell Lebanon's group.
    supportNearby: ['praising', 'glorification', 'glorifying', 'proscribed', 'Lebanon', 'Lebanese', 'Libanon', 'libanesischen', 'libanesische', 'Liban', 'libanais', 'libanaise', 'Líbano', 'libanés', 'Lübnan', 'Beirut', 'Nasrallah', 'Qassem', 'Israel', 'Israeli', 'Israelis', 'IDF', 'Litani', 'Beyrouth', 'Dahiyeh', 'UNIFIL', 'Hamas', 'Houthis', 'Amal', 'ceasefire', 'Galilee', 'Nabatieh', 'Tyre', 'Sidon', 'Bekaa', 'Ливан', 'Ливана', 'Ливане', 'Ливаном', 'ливанской', 'ливанская', 'ливанские', 'ливанского', 'Бейрут', 'Бейрута', 'Бейруте', 'Израиль', 'Израиля', 'Израилем', 'израильский', 'израильская', 'израильские', 'израильских', 'израильской', 'израильского', 'ЦАХАЛ', 'लेबनान', 'লেবানন', 'इज़राइल', 'इजराइल', 'इजरायल', 'ইসরায়েল', 'ইসরাইল', 'İsrail', 'Beyrut', 'لبنان', 'اللبناني', 'اللبنانية', 'بيروت', 'إسرائيل', 'الإسرائيلي', 'الإسرائيلية', 'نصر الله', 'نصرالله', 'الضاحية', 'الليطاني', 'النبطية', 'البقاع', 'صور', 'صيدا', 'الجنوب اللبناني', 'قاسم', 'اسرائیل', 'Liban', 'Libanu', 'Libanie', 'Bejrut', 'Bejrucie', 'Izrael', 'Izraela'],
    otherContext: ['Iraq', 'Iraqi', 'التركي', 'الحجاز', 'Baghdad', 'Basra', 'Turkey', 'Turkish', 'Kurdish', 'Kurds', 'Diyarbakir', 'Batman', 'Mardin', 'PKK', 'Indonesia', 'Indonesian', 'Java', 'Javanese', 'Dutch', 'Masyumi', 'Surabaya', 'Sabilillah', 'Laskar', 'Bahrain', 'Bahraini', 'Kuwait', 'Kuwaiti', 'Hejaz', 'Afghanistan', 'Afghan', 'Herat', 'Turquie', 'turc', 'turque', 'kurde', 'Irak', 'irakien', 'irakienne', 'Indonésie', 'indonésien', 'Bahreïn', 'Turquía', 'turco', 'turca', 'iraquí', 'Türk', 'Türkiye', 'Hüda-Par', 'Türkei', 'türkische', 'türkischen', 'irakische', 'irakischen', 'kurdische', 'kurdischen'],
    // "hizb Allah", the Qur'anic phrase, in lower case.
    wordSense: ['phrase', 'Quranic', "Qur'anic", 'Koranic', 'Quran', "Qur'an", 'Koran', 'surah', 'sura', 'ayah', 'ayat', 'verse', 'tafsir', 'literally', 'word', 'term', 'means', 'meaning'],
    // Unbacked, these spellings were Lebanon's group 49 times in 55 on the corpus's tune half; "Hizbullah" 2 in 10.
    standsAlone: ['Hezbollah', 'Hizballah', 'Hizbollah', 'Hisbollah', 'Hezbolá', 'Хезболла', 'Хезболлы', 'Хезболле', 'Хезболлу', 'Хезболлой', 'ХЕЗБОЛЛА', 'חיזבאללה'],
    founded: 1982,
    fuzzy: true,
  },
  summary: [
    {
      text: 'In Syria, Russia works alongside Hezbollah, the Iranian-backed group that is a sworn enemy of Israel, which complicates Moscow’s friendly ties with Israel.',
      paragraphs: [22],
    },
    {
      text: 'According to Mark N Katz, Israelis say the deconfliction agreement over Syria lets them strike Iranian forces and Hezbollah without harming Russians.',
      paragraphs: [24],
    },
  ],
  facts: [
    { text: 'Russia collaborates with Hezbollah in Syria.', paragraphs: [22] },
    { text: 'Hezbollah is backed by Iran and is a sworn enemy of Israel.', paragraphs: [22] },
    {
      text: 'Under the Russia–Israel deconfliction agreement, Israeli forces hit the Iranians and Hezbollah in Syria but leave the Russians unharmed, Katz says.',
      paragraphs: [24],
    },
  ],
  quotes: [
    {
      text: 'Israelis, for their part, cite the deconfliction agreement between Russian and Israeli forces with regard to Syria, whereby the Israelis pound the Iranians and Hezbollah, but don’t harm the Russians',
      speaker: KATZ,
      paragraph: 24,
    },
  ],
  related: ['deconfliction'],
  color: { light: '214 135 16', dark: '214 135 16', backgroundAlpha: 0.26 },
  source: ARTICLE,
} satisfies Briefing<'hezbollah'>;
