import { ARTICLE } from './source/article.ts';
import { KATZ, RAMANI } from './speakers.ts';
import type { Briefing } from './types.ts';

export const deconfliction = {
  id: 'deconfliction',
  name: 'Russia–Israel deconfliction agreement',
  whoWhat: 'The arrangement between Russian and Israeli forces over Syria.',
  match: {
    names: ['deconfliction agreement', 'deconfliction mechanism', 'deconfliction line', 'deconfliction hotline', 'deconfliction', 'de-confliction', 'desconflicción', 'deconflicción', 'desconflicto', 'desconflito', 'deconflictie', 'deconflictiemechanisme', 'dekonfliksi', 'deconflitto', 'çatışmasızlık mekanizması', 'çatışmasızlık mekanizmasının', 'çatışmasızlık hattı', 'dekonfliktacji', 'dekonfliktacja', 'dekonfliktacyjną', 'dekonfliktacyjna', 'деконфликтинг', 'деконфликтинга', 'деконфликтингу', 'деконфликтации', 'آلية منع الاشتباك', 'منع الاشتباك', 'آلية منع الاحتكاك', 'منع الاحتكاك', 'آلية منع التصادم', 'מנגנון מניעת החיכוך', 'מניעת החיכוך', 'deconflictare', 'deconflictarea', 'deconflictării', 'dekonflikce', 'dekonflikci'],
    requireNearby: [
      // Other presses' spellings too (German, French, Spanish): their pages quote the English word.
      ['Russia', 'Russian', 'Russians', 'Moscow', 'Kremlin', 'Putin', 'Hmeimim', 'Khmeimim', 'Russland', 'russische', 'russischen', 'Moskau', 'Russlands', 'russischer', 'russisches', 'Russie', 'russe', 'russes', 'Moscou', 'russo', 'russa', 'Rusia', 'ruso', 'rusa', 'rusos', 'russi', 'russos', 'russas', 'Россия', 'России', 'Россией', 'российский', 'российская', 'российские', 'российских', 'российской', 'российского', 'Москва', 'Москвы', 'Москвой', 'Москве', 'Москву', 'Кремль', 'Кремля', 'Кремле', 'Кремлём', 'Кремлем', 'Путин', 'Путина', 'Путиным', 'Путину', 'Хмеймим', 'Хмеймиме', 'Хмеймима', 'российское', 'российским', 'Россию', 'российскую', 'российскими', 'российском', 'российскому', 'Mosca', 'Cremlino', 'Moscú', 'Rússia', 'Rusland', 'Russische', 'Rosja', 'Rosji', 'Rosją', 'Moskwa', 'Moskwą', 'Moskwy', 'rosyjskich', 'rosyjskie', 'rosyjskiego', 'rosyjskim', 'Rosjan', 'Rosjanom', 'Rosjanie', 'rosyjska', 'rosyjską', 'rosyjskiej', 'rosyjski', 'Hmejmim', 'روسيا', 'الروسية', 'الروسي', 'الروس', 'موسكو', 'רוסיה', 'הרוסי', 'הרוסים', 'מוסקבה', 'Rusko', 'Ruska', 'Rusku', 'Ruskem', 'ruský', 'ruská', 'ruské', 'ruského', 'ruských', 'Moskva', 'Moskvy', 'Moskvou', 'Rusiei', 'rusă', 'rusesc', 'rusească', 'Moscova'],
      ['Israel', 'Israeli', 'Israelis', 'IDF', 'Netanyahu', 'Bennett', 'Tel Aviv', 'Jerusalem', 'israelische', 'israelischen', 'israelischer', 'israelisches', 'Israels', 'israélien', 'israélienne', 'israéliens', 'israéliennes', 'israélo', 'israelo', 'israelí', 'israelíes', 'Israele', 'israeliano', 'israeliana', 'israeliani', 'israeliane', 'israelense', 'israelenses', 'Israëlische', 'Israëlisch', 'Израиль', 'Израиля', 'Израилем', 'Израилю', 'Израиле', 'израильский', 'израильская', 'израильские', 'израильских', 'израильской', 'израильского', 'израильским', 'израильскими', 'израильскую', 'израильском', 'израильское', 'израильскому', 'Иерусалим', 'Иерусалимом', 'Нетаньяху', 'ЦАХАЛ', 'Izrael', 'Izraela', 'izraelski', 'izraelskie', 'izraelskiej', 'izraelskiego', 'Izraelem', 'Izraelowi', 'Izraelu', 'izraelska', 'izraelską', 'izraelskich', 'izraelskim', 'izraelsko', 'إسرائيل', 'الإسرائيلي', 'الإسرائيلية', 'تل أبيب', 'ישראל', 'הישראלי', 'צה"ל', 'Izraele', 'Izraeli', 'izraelský', 'izraelská', 'izraelské', 'izraelského', 'izraelských', 'Israelul', 'Israelului', 'israelian', 'israeliană', 'israeliene', 'israelieni'],
    ],
    // A drone show or a fixture list that mentions Moscow and Israel is no strike over Syria.
    fieldNearby: ['Syria', 'Syrian', 'Damascus', 'Hmeimim', 'Khmeimim', 'Latakia', 'Tartus', 'Assad', 'Syrien', 'Syrie', 'Siria', 'Síria', 'Syrië', 'Suriah', 'Suriye', 'Сирия', 'Сирии', 'Сирией', 'Syrią', 'Syrii', 'syryjski', 'syryjska', 'syryjską', 'syryjskiej', 'syryjskich', 'Hmejmim', 'Сирию', 'сирийский', 'сирийской', 'Дамаск', 'Дамаска', 'Дамаске', 'Дамаском', 'Хмеймим', 'Хмеймиме', 'Хмеймима', 'сирийские', 'сирийских', 'сирийским', 'сирийском', 'сирийская', 'сирийскую', 'сирийского', 'сирийское', 'Латакия', 'Латакии', 'Тартус', 'سوريا', 'السورية', 'دمشق', 'حميميم', 'סוריה', 'בסוריה', 'מסוריה', 'צבא', 'jets', 'strikes', 'airstrikes', 'warplanes', 'pilots', 'aircraft', 'air force', 'Iran', 'Iranian', 'Hezbollah', 'military', 'militaries', 'army', 'forces', 'Sýrie', 'Sýrii', 'Sýrií', 'Latákie', 'Latákii', 'Siriei'],
    // Other deconfliction arrangements name their parties around the word ("US–Russia deconfliction line",
    // "deconfliction with the coalition"); a page that has established the Russia–Israel one keeps meaning it.
    shape: 'arrangement',
    otherParties: ['US', 'U.S', 'U.S.', 'USA', 'United States', 'amerykański', 'amerykańskim', 'amerykańskiego', 'amerykańska', 'amerykańsko', 'Amerykanie', 'Amerykanami', 'Waszyngton', 'Waszyngtonem', 'Tanf', 'al-Tanf', 'ONG', 'humanitaires', 'США', 'американской', 'американскими', 'американский', 'американским', 'американские', 'американских', 'американского', 'американскому', 'американском', 'американская', 'американскую', 'американское', 'Америка', 'Америки', 'Америкой', 'Турция', 'Турции', 'турецкий', 'турецкими', 'турецким', 'коалиция', 'коалицией', 'коалиции', 'Вашингтон', 'Вашингтоном', 'Пентагон', 'Пентагоном', 'Турцией', 'American', 'Americans', 'America', 'Washington', 'Pentagon', 'CENTCOM', 'coalition', 'Turkey', 'Turkish', 'Ankara', 'turco', 'turca', 'turc', 'turque', 'türkische', 'türkischen', 'NATO', 'humanitarian', 'aid', 'UN', 'UNIFIL', 'UNDOF', 'peacekeepers', 'peacekeeping', 'OCHA', 'NGO', 'NGOs', 'Estados Unidos', 'Amerika Serikat', 'Stati Uniti', 'statunitense', 'الأمريكي', 'الأمريكية', 'الأمريكيين', 'واشنطن', 'التحالف', 'estadounidense', 'estadounidenses', 'EEUU', 'Etats-Unis', 'américain', 'américaine', 'américains', 'amerikanische', 'amerikanischen', 'americano', 'americani', 'Statele Unite', 'americană', 'americane'],
    contextWindow: 400,
    fuzzy: false,
  },
  summary: [
    {
      text: 'Russian and Israeli forces have a deconfliction agreement covering Syria, where Russia works with Hezbollah, a sworn enemy of Israel.',
      paragraphs: [22, 24],
    },
    {
      text: 'Mark N Katz describes it as part of a trade: Israelis strike Iranian forces and Hezbollah without harming Russians, while Moscow values Israel’s restraint over arming Ukraine.',
      paragraphs: [23, 24],
    },
    {
      text: 'Samuel Ramani says Israel increasingly acts alone in Syria, at times only informing Russia instead of consulting it.',
      paragraphs: [25],
    },
  ],
  facts: [
    { text: 'The agreement is between Russian and Israeli forces, with regard to Syria.', paragraphs: [24] },
    {
      text: 'Israelis cite it as letting them pound the Iranians and Hezbollah without harming the Russians.',
      paragraphs: [24],
    },
    {
      text: 'Moscow does not want Israel to arm Ukraine and has appreciated Israeli restraint on this.',
      paragraphs: [24],
    },
    {
      text: 'Israel increasingly acts unilaterally in Syria, sometimes merely informing the Russians rather than consulting them.',
      paragraphs: [25],
    },
  ],
  quotes: [
    { text: 'There are things each want from the other', speaker: KATZ, paragraph: 23 },
    {
      text: 'Moscow doesn’t want to see Israel doing anything to arm Ukraine, and they have been appreciative that the Israelis have been restrained in this regard. Israelis, for their part, cite the deconfliction agreement between Russian and Israeli forces with regard to Syria, whereby the Israelis pound the Iranians and Hezbollah, but don’t harm the Russians',
      speaker: KATZ,
      paragraph: 24,
    },
    {
      text: 'the Israelis are increasingly acting in a unilateral fashion in Syria, sometimes merely just informing the Russians, instead of consulting with them and engaging with them',
      speaker: RAMANI,
      paragraph: 25,
    },
  ],
  related: ['hezbollah'],
  color: { light: '150 80 210', dark: '150 80 210', backgroundAlpha: 0.22 },
  source: ARTICLE,
} satisfies Briefing<'deconfliction'>;
