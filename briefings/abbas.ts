import { ARTICLE } from './source/article.ts';
import { RAMANI, SULEYMANOV } from './speakers.ts';
import type { Briefing } from './types.ts';

export const abbas = {
  id: 'abbas',
  name: 'Mahmoud Abbas',
  whoWhat: 'Palestinian leader, in Moscow for talks with Russian President Vladimir Putin.',
  match: {
    names: ['Mahmoud Abbas', 'Mahmuda Abbasa', 'Mahmoudas Abbasas', 'Mahmudas Abbasas', 'Mahmud Abbász', 'Mahmúd Abbász', 'Abbas, Mahmoud', 'Mahmud Abbas', 'Mahmud Abas', 'Mahmood Abbas', 'Mehmood Abbas', 'Abu Mazen', 'Abu Mazin', 'Abou Mazen', 'Ebu Mazen', 'AbouMazen', 'Abu Masen', 'AbuMazen', 'Mahmud Abasi', 'محمود عباس', 'الرئيس عباس', 'صدر عباس', 'أبو مازن', 'ابو مازن', 'ابومازن', 'Махмуд Аббас', 'Махмуда Аббаса', 'Махмуду Аббасу', 'Махмудом Аббасом', 'Махмуде Аббасе', 'Mahmudem Abbasem', 'Mahmudzie Abbasie', 'Mahmudowi Abbasowi', 'Аббас, Махмуд', 'Абу Мазен', 'Абу Мазена', 'Абу Мазену', 'Абу Мазеном', 'Абу Мазене', 'מחמוד עבאס', 'אבו מאזן', 'महमूद अब्बास', 'মাহমুদ আব্বাস'],
    ambiguous: ['Abbas', 'Abás', 'Abbasa', 'Abbasowi', 'Abbasem', 'عباس', 'Аббас', 'Аббаса', 'Аббасу', 'Аббасом', 'Аббасе'],
    // Anyone else called Abbas is told by the shape of the text (another capitalised name touching it, a credit):
    // these lists only back that up for names a headline's capitals hide ("ZAHEER ABBAS", "Bandar Abbas").
    shape: 'person',
    ownWords: ['Mahmoud', 'Mahmud', 'Abu', 'Mr', 'Mister', 'Herr', 'Pak', 'Palestinian', 'Palestinians', 'Palestine', 'PA', 'PLO', 'Fatah', 'Authority', 'Ramallah', 'Rais', 'Excellency', 'Presidents', 'Leaders', 'Махмуд', 'Махмуда', 'Махмуду', 'Махмудом'],
    // Other presses' titles too: "Palästinenserpräsident Abbas", "le président Abbas", "el presidente Abbas".
    establishing: ['President', 'Chairman', 'Leader', 'Raïs', 'Palästinenserpräsident', 'Präsident', 'président', 'presidente', 'Presiden', 'Palästinenserführer', 'Başkanı', 'президент', 'президента', 'президенту', 'президентом', 'председатель', 'राष्ट्रपति', 'প্রেসিডেন্ট', 'রাষ্ট্রপতি', 'الرئيس', 'للرئيس', 'والرئيس', 'بالرئيس'],
    partners: ['Netanyahu', 'Putin', 'Haniyeh', 'Sinwar', 'Mashaal', 'Meshaal', 'Dahlan', 'Barghouti', 'Fayyad', 'Arafat', 'Olmert', 'Sharon', 'Rabin', 'Peres', 'Bennett', 'Lapid', 'Herzog', 'Trump', 'Biden', 'Obama', 'Bush', 'Kerry', 'Blinken', 'Lavrov', 'Erdogan', 'Sisi', 'Abdullah', 'Macron', 'Hamas', 'Fatah', 'Israel', 'Gaza'],
    rejectBefore: ['Zaheer', 'Bandar', 'Bander', 'Ferhat', 'Mirza', 'Shah', 'Ghulam', 'Syed', 'Sayed', 'Ali', 'Mohammad', 'Muhammad', 'Mohammed', 'al', 'el', 'Бандар', 'Бендер', 'Шах', 'Абу'],
    rejectAfter: ['Araghchi', 'Araqchi', 'Kiarostami', 'Kirostami', 'Kamel', 'Kamal', 'Mirza', 'Hilmi', 'Ibrahim', 'al', 'ibn', 'bin', 'Аракчи', 'Арагчи', 'Киаростами', 'Камель', 'Ибрагим', 'Мирза'],
    born: 1935,
    ambiguousEraNearby: ['Abbasid', 'Abbasids', 'caliph', 'caliphs', 'caliphate'],
    ambiguousRejectNearby: ['wicket', 'wickets', 'innings', 'striker', 'midfielder', 'goalkeeper', 'batsman', 'bowler', 'hat-trick'],
    supportNearby: ['Palestinian', 'Palestine', 'palestinský', 'palestinského', 'palestinské', 'palestínsky', 'palestiinalaisten', 'palesztin', 'palestinska', 'palestinske', 'palestinsk', 'Palestinos', 'فلسطینی', 'فلسطيني', 'فلسطین', 'غزہ', 'اسرائیل', 'Muqata', "Muqata'a", 'Muqataa', 'Hussein al-Sheikh', 'Shtayyeh', 'Mohammad Mustafa', 'PA', 'PLO', 'Fatah', 'Ramallah', 'West Bank', 'Gaza', 'Israel', 'Israeli', 'Netanyahu', 'Putin', 'Haniyeh', 'Sinwar', 'Blinken', 'Biden', 'Trump', 'Arafat', 'Sisi', 'Erdogan', 'Erdoğan', 'Macron', 'Lavrov', 'palestinien', 'palestinienne', 'palestiniens', 'palestiniennes', 'Palestinienne', 'palästinensische', 'palästinensischen', 'palästinensischer', 'Palästinenser', 'Palästina', 'palestino', 'palestina', 'palestinos', 'palestinese', 'palestinesi', 'Palestina', 'Filistin', 'Filistinli', 'Falasteeni', 'Falastini', 'Falasteen', 'Falastin', 'Палестины', 'палестинский', 'палестинского', 'палестинских', 'палестинцев', 'Газа', 'Газы', 'Газе', 'Газу', 'Израиль', 'Израиля', 'Израилем', 'Рамалла', 'Рамаллы', 'फ़िलिस्तीनी', 'फिलिस्तीनी', 'फ़िलिस्तीन', 'फिलिस्तीन', 'ग़ज़ा', 'गाज़ा', 'इज़राइल', 'इजरायल', 'ফিলিস্তিন', 'ফিলিস্তিনের', 'ফিলিস্তিনি', 'গাজা', 'ইসরায়েল', 'رام الله', 'فلسطين', 'الفلسطيني', 'الفلسطينية', 'الفلسطينيين', 'غزة', 'إسرائيل', 'فتح', 'السلطة', 'المقاطعة', 'منظمة التحرير', 'الضفة الغربية', 'كرانه باختری', 'غزه', 'فلسطینی‌ها', 'تشکیلات خودگردان', 'Палестинской', 'палестинской', 'палестинская', 'ПНА', 'הפלסטינית', 'הפלסטינים', 'רמאללה', 'עזה', 'ישראל', 'Autonomii Palestyńskiej', 'palestyński', 'palestyńskiego', 'Palestyńczyków', 'Izrael', 'Izraela'],
    fuzzy: false,
  },
  summary: [
    {
      text: 'Mahmoud Abbas went to Moscow for talks with Vladimir Putin, their first meeting in person since 2021, with Israel’s war on Gaza expected to be discussed.',
      paragraphs: [1],
    },
    {
      text: 'Experts say the meeting is largely symbolic, because Russia’s real sway over the conflict is limited.',
      paragraphs: [2],
    },
    {
      text: 'Samuel Ramani reads such meetings as Russia building soft power in the Arab world, not only as diplomacy about Palestine.',
      paragraphs: [3, 4],
    },
    {
      text: 'Abbas’s ties to Moscow go back to the 1970s, when he earned a doctorate there; he rejects an Israeli claim that he was a KGB agent.',
      paragraphs: [18, 19],
    },
    {
      text: 'Ruslan Suleymanov points to Abbas’s age and expects the Kremlin to be watching who will succeed him.',
      paragraphs: [12],
    },
  ],
  facts: [
    { text: 'Abbas is in Moscow for talks with Russian President Vladimir Putin.', paragraphs: [1] },
    { text: 'It is the pair’s first face-to-face meeting since 2021.', paragraphs: [1] },
    {
      text: 'In the 1970s Abbas earned his doctorate at Moscow’s Patrice Lumumba Peoples’ Friendship University.',
      paragraphs: [18],
    },
    {
      text: 'His controversial thesis argued that the early Zionists and the Nazis had shared interests.',
      paragraphs: [18],
    },
    {
      text: 'Israeli researchers have claimed from Soviet documents that Abbas was a KGB agent; he has rubbished the claim and accused them of trying to derail peace talks.',
      paragraphs: [19],
    },
    {
      text: 'Abbas will soon be 90, and Suleymanov sees a transition of power in Palestine as imminent.',
      paragraphs: [12],
    },
  ],
  quotes: [
    {
      text: 'When you’re looking at Russia’s engagement with the Palestine question, it’s about more than just Palestine',
      speaker: RAMANI,
      paragraph: 3,
    },
    {
      text: 'It’s about really cementing themselves within the Arab world, by showing that they have solidarity with Palestinian cause while the Americans are supporting Israel. So that these meetings are not just about Palestine, they’re also about Russia’s soft power in the Middle East.',
      speaker: RAMANI,
      paragraph: 4,
      attributedIn: 3,
    },
    {
      text: 'It’s simply important for the Kremlin to show yet again that it’s playing some role, but I don’t think it will amount to anything',
      speaker: SULEYMANOV,
      paragraph: 11,
    },
    {
      text: 'Abbas will soon be 90 years old. It’s obvious a transition of power in Palestine is imminent. I think the Kremlin understands this as well, and if they aren’t already they will be closely watching who will take Abbas’s place. Maybe this will also be under discussion.',
      speaker: SULEYMANOV,
      paragraph: 12,
      attributedIn: 11,
    },
  ],
  related: ['hamas'],
  color: { light: '59 118 222', dark: '59 118 222', backgroundAlpha: 0.22 },
  source: ARTICLE,
} satisfies Briefing<'abbas'>;
