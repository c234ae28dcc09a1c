/** North Korean figures (side DPRK and DPRK→ROK) of figures.tsv, with their written forms. */
import type { Figure } from '../types';
import { cited, role, src } from './define';

const PARTY_CC = "Workers' Party Central Committee";
const FM = 'Foreign Minister of North Korea';

/** Figures from Pyongyang, in the order of figures.tsv; roles checked against reporting in December 2026. */
export const DPRK_FIGURES: readonly Figure[] = [
  {
    id: 'kim-jong-un',
    name: 'Kim Jong Un',
    side: 'DPRK',
    roles: [
      cited(
        role('Leader of North Korea', 'leader', '2011-12'),
        src(
          'ABC News (Australia)',
          'North Korean leader Kim Jong-il dead',
          '2011-12-19',
          'https://www.abc.net.au/news/2011-12-19/north-korean-leader-kim-jong-il-dead/3738526',
        ),
        src(
          'Salon (The Associated Press)',
          'North Korea Names Kim Jong Un Supreme Commander',
          '2011-12-31',
          'https://www.salon.com/2011/12/31/north_korea_names_kim_jong_un_supreme_commander_3/',
        ),
      ),
    ],
    bio: "North Korea's leader since December 2011, heading the Workers' Party as General Secretary and the state as President of the State Affairs Commission. Held summits with Donald Trump in Singapore, Hanoi and Panmunjom (2018–2019), three with Moon Jae-in in 2018 and five with Xi Jinping in 2018–2019, and met Vladimir Putin in Vladivostok (2019), at Vostochny (2023) and in Pyongyang (June 2024). In September 2025 stood beside Xi and Putin at China's military parade in Beijing and held talks with each.",
    nativeNames: ['김정은', '金正恩', 'Ким Чен Ын'],
    aliases: ['Kim Jong-un', 'Kim Jong Eun', 'Kim Jung Un', 'Kim Jongun', 'キム・ジョンウン'],
    surnames: ['Kim', 'Ким', '김', '金', 'キム'],
    // Japanese papers write 正恩氏 once the full name is given (Asahi, CNN Japan).
    givenNames: ['Jong Un', 'Jongun', '正恩'],
    checked: '2026-12',
  },
  {
    id: 'kim-yo-jong',
    gender: 'female',
    name: 'Kim Yo Jong',
    side: 'DPRK',
    roles: [
      // State media (KCNA) first gave her this title in November 2014; her published statements
      // are signed with it, so "김 부부장" and "Vice Director Kim" point at her.
      cited(
        role(`Vice department director, ${PARTY_CC}`, 'party-official', '2014-11', '2026-02'),
        src(
          'Korea Times US',
          "Kim Jong-un's sister emerges as key figure in North Korea",
          '2014-11-28',
          'http://www.koreatimesus.com/kim-jong-uns-sister-emerges-as-key-figure-in-north-korea/',
        ),
        src(
          'Kukmin Ilbo',
          '북한 김여정 직책 처음 확인됐다-노동당 부부장',
          '2014-11-27',
          'https://www.kmib.co.kr/article/view_amp.asp?arcid=0008895438',
        ),
      ),
      // Yonhap: first vice director "since late 2019" (the month was not reported); demoted back
      // to vice department director at the Eighth Party Congress in January 2021.
      cited(
        role(`First vice department director, ${PARTY_CC}`, 'party-official', '2019', '2021-01'),
        src(
          'Yonhap',
          "Demotion of N.K. leader's sister at party congress raises questions over her status",
          '2021-01-11',
          'https://en.yna.co.kr/view/AEN20210111005300325',
        ),
        src(
          'The Hankyoreh',
          'Kim Yo-jong attacks Kang Kyung-wha for “reckless remarks” on N. Korea’s COVID stats',
          '2020-12-10',
          'http://english.hani.co.kr/arti/english_edition/e_northkorea/973690.html',
        ),
      ),
      cited(
        role(
          'Special envoy of Kim Jong Un to the PyeongChang Winter Olympics',
          'envoy',
          '2018-02',
          '2018-02',
        ),
        src(
          'The Chosun Ilbo',
          "Kim Jong-un's Sister Invites Moon to Pyongyang",
          '2018-02-12',
          'https://english.chosun.com/site/data/html_dir/2018/02/12/2018021200594.html?related_all',
        ),
      ),
      // As reported from KCNA's account of the Ninth Party Congress; the department was not named.
      cited(
        role(`Department director, ${PARTY_CC}`, 'party-official', '2026-02'),
        src(
          'Korea JoongAng Daily',
          "North leader's sister Kim Yo-jong promoted to party department head at congress",
          '2026-02-24',
          'https://koreajoongangdaily.joins.com/news/2026-02-24/national/northKorea/North-leaders-sister-Kim-Yojong-promoted-to-party-department-head-at-congress/2529942',
        ),
      ),
    ],
    bio: "Kim Jong Un's younger sister and a senior Workers' Party official whose published statements often set Pyongyang's tone toward Seoul and Washington; she came to the February 2018 PyeongChang Winter Olympics as her brother's special envoy, in a delegation headed by Kim Yong Nam. A vice department director of the party's Central Committee from 2014, and first vice department director from late 2019 until January 2021. Reported in February 2026 to have been promoted to department director and named an alternate Politburo member again.",
    nativeNames: ['김여정', '金与正', 'Ким Ё Чжон'],
    // Kim Jo Dzong: the Polish transcription (Polish Wikipedia, Interia).
    aliases: [
      'Kim Yo-jong',
      'Kim Yeo-jeong',
      'Kim Yo Jung',
      'Kim Jo Dzong',
      '金與正',
      'キム・ヨジョン',
    ],
    surnames: ['Kim', 'Ким', '김', '金', 'キム'],
    // Japanese papers write 与正氏 alone (Asahi, CNN Japan); TV captions give the reading ヨジョン.
    givenNames: ['Yo Jong', '与正', 'ヨジョン'],
    checked: '2026-12',
  },
  {
    id: 'kim-jong-il',
    name: 'Kim Jong Il',
    side: 'DPRK',
    roles: [
      cited(
        role('Leader of North Korea', 'leader', '1994-07', '2011-12'),
        src(
          'ABC News (Australia)',
          'North Korean leader Kim Jong-il dead',
          '2011-12-19',
          'https://www.abc.net.au/news/2011-12-19/north-korean-leader-kim-jong-il-dead/3738526',
        ),
      ),
    ],
    bio: 'Led North Korea from July 1994 until dying of a heart attack in December 2011, and hosted the inter-Korean summits of 2000, with Kim Dae-jung, and 2007, with Roh Moo-hyun.',
    nativeNames: ['김정일', '金正日', 'Ким Чен Ир'],
    aliases: ['Kim Jong-il', 'Kim Jongil', 'キム・ジョンイル'],
    surnames: ['Kim', 'Ким', '김', '金', 'キム'],
    givenNames: ['~Jong Il'],
    died: '2011-12-17',
  },
  {
    id: 'kim-il-sung',
    name: 'Kim Il Sung',
    side: 'DPRK',
    roles: [
      cited(
        role('Founding leader of North Korea', 'leader', '1948', '1994-07'),
        src(
          'UPI',
          "N. Korea's Kim Il-sung, 82, dies",
          '1994-07-09',
          'https://www.upi.com/Archives/1994/07/09/N-Koreas-Kim-Il-sung-82-dies/9216773726400/',
        ),
      ),
    ],
    bio: "North Korea's founding leader, in power from 1948 until dying in July 1994, weeks after receiving Jimmy Carter in Pyongyang in June 1994.",
    nativeNames: ['김일성', '金日成', 'Ким Ир Сен'],
    aliases: ['Kim Il-sung', 'Kim Ilsung', 'キム・イルソン'],
    surnames: ['Kim', 'Ким', '김', '金', 'キム'],
    givenNames: ['~Il Sung'],
    died: '1994-07-08',
  },
  {
    id: 'kim-ju-ae',
    gender: 'female',
    name: 'Kim Ju Ae',
    side: 'DPRK',
    roles: [],
    bio: "Daughter of Kim Jong Un, shown by state media since November 2022 without a name; South Korea's intelligence service believes her name is Kim Ju Ae.",
    nativeNames: ['김주애'],
    aliases: ['Kim Ju-ae', '金主爱', '金主愛', 'キム・ジュエ', 'Ким Чжу Э'],
    surnames: ['Kim', 'Ким', '김', '金', 'キム'],
    givenNames: ['Ju Ae'],
  },
  {
    id: 'choe-son-hui',
    gender: 'female',
    name: 'Choe Son Hui',
    side: 'DPRK',
    roles: [
      // Her vice-minister years before April 2019 are left out: the start was not in the reporting
      // at hand (she was already vice minister in May 2018).
      cited(
        role(`First Vice ${FM}`, 'minister', '2019-04', '2022-06'),
        src(
          'Yonhap',
          '(5th LD) N.K. leader re-elected as chairman of State Affairs Commission',
          '2019-04-12',
          'https://en.yna.co.kr/view/AEN20190412001355325',
        ),
      ),
      cited(
        role(FM, 'foreign-minister', '2022-06'),
        src(
          'South China Morning Post (Kyodo and AP)',
          'North Korea appoints first woman foreign minister as Kim doubles down on arms buildup',
          '2022-06-11',
          'https://www.scmp.com/news/asia/east-asia/article/3181313/north-koreas-first-woman-foreign-minister-seasoned-hand-nuclear?utm_source=rss_feed',
        ),
      ),
    ],
    bio: "North Korea's Foreign Minister since June 2022, the first woman in the post. Earlier Vice and then First Vice Foreign Minister, and a negotiator around the 2018–2019 summits with the United States.",
    nativeNames: ['최선희', '崔善姬'],
    aliases: [
      'Choe Son-hui',
      'Choi Son Hui',
      'Choi Son-hui',
      'Choe Sun Hui',
      'Choi Sun-hui',
      'Choi Sun-hee',
      'Choe Sun-hee',
      '崔善姫',
      'Цой Сон Хи',
      'チェ・ソンヒ',
    ],
    surnames: ['Choe', 'Choi', 'Цой', '최', '崔', 'チェ'],
    givenNames: ['~Son Hui'],
    checked: '2026-12',
  },
  {
    id: 'ri-son-gwon',
    name: 'Ri Son Gwon',
    side: 'DPRK',
    roles: [
      cited(
        role(FM, 'foreign-minister', '2020-01', '2022-06'),
        src(
          'Yonhap',
          'N. Korea confirms replacement of its top diplomat',
          '2020-01-23',
          'https://m-en.yna.co.kr/view/AEN20200123010900325',
        ),
        src(
          'News18 (AFP)',
          "Kim Jong Un Appoints Choe Son-hui As North Korea's First Female Foreign Minister",
          '2022-06-11',
          'https://www.news18.com/amp/news/world/kim-jong-un-appoints-choe-son-hui-as-north-koreas-first-female-foreign-minister-5350129.html',
        ),
      ),
    ],
    bio: "A former army officer who led the North's side at the 2018 inter-Korean high-level talks and was North Korea's Foreign Minister from January 2020 to June 2022. Then headed the Workers' Party department for South Korean affairs until the February 2026 party congress.",
    nativeNames: ['리선권', '이선권'],
    aliases: [
      'Ri Son-gwon',
      'Ri Sun Gwon',
      'Lee Sun-kwon',
      'Lee Seon-gwon',
      '李善权',
      '李善權',
      'Ли Сон Гвон',
    ],
    surnames: ['Ri', 'Ли', '리', '이', '李'],
    givenNames: ['~Son Gwon'],
  },
  {
    id: 'ri-yong-ho',
    name: 'Ri Yong Ho',
    side: 'DPRK',
    roles: [
      cited(
        role(FM, 'foreign-minister', '2016-05', '2020-01'),
        src(
          'UPI',
          'North Korea appoints new foreign minister',
          '2016-05-17',
          'https://www.upi.com/Top_News/World-News/2016/05/17/North-Korea-appoints-new-foreign-minister/1651463491150/',
        ),
        src(
          'Global Times (Reuters)',
          'North Korean foreign minister replaced in major reshuffle: report',
          '2020-01-19',
          'https://www.globaltimes.cn/content/1177368.shtml',
        ),
      ),
    ],
    bio: "North Korea's Foreign Minister from May 2016 to January 2020, a career diplomat who had been the North's chief nuclear negotiator and its ambassador in London.",
    nativeNames: ['리용호', '이용호'],
    aliases: ['Ri Yong-ho', 'Lee Yong-ho', 'Ri Yong Ho', '李勇浩', '李容浩', 'Ли Ён Хо'],
    surnames: ['Ri', 'Ли', '리', '이', '李'],
    givenNames: ['~Yong Ho'],
  },
  {
    id: 'kim-yong-chol',
    name: 'Kim Yong Chol',
    side: 'DPRK',
    roles: [
      cited(
        role(
          "Senior Workers' Party official, counterpart to Mike Pompeo",
          'party-official',
          '2018',
          '2019',
        ),
        src(
          'The Korea Herald (Yonhap)',
          'Pompeo, N. Korean official meet in New York, prepare for summit',
          '2018-05-31',
          'https://www.koreaherald.com/view.php?ud=20180531000169',
        ),
      ),
    ],
    bio: "A former military intelligence chief and Workers' Party vice chairman who was Kim Jong Un's counterpart to Mike Pompeo in the 2018–2019 talks, meeting Pompeo in New York in May 2018.",
    nativeNames: ['김영철', '金英哲'],
    aliases: ['Kim Yong-chol', 'Kim Yong-chul', 'Kim Young-chol', 'Kim Yong Chul', 'Ким Ён Чхоль'],
    surnames: ['Kim', 'Ким', '김', '金'],
    givenNames: ['~Yong Chol'],
  },
  {
    id: 'kim-kye-gwan',
    name: 'Kim Kye Gwan',
    side: 'DPRK',
    roles: [],
    bio: "A veteran nuclear negotiator who headed North Korea's delegation at the six-party talks and served as First Vice Foreign Minister, becoming an adviser to the Foreign Ministry in 2019.",
    nativeNames: ['김계관', '金桂冠'],
    aliases: ['Kim Kye-gwan', 'Kim Gye-gwan', 'Kim Kye Kwan', '金桂官', '金桂寬', 'Ким Ке Гван'],
    surnames: ['Kim', 'Ким', '김', '金'],
    givenNames: ['~Kye Gwan'],
  },
  {
    id: 'kim-hyok-chol',
    name: 'Kim Hyok Chol',
    side: 'DPRK',
    roles: [
      cited(
        role('Special Representative for US affairs', 'envoy', '2019', '2019'),
        src(
          'Moneycontrol (PTI)',
          'North Korean envoy en route to Hanoi ahead of Trump-Kim summit',
          '2019-02-19',
          'https://www.moneycontrol.com/news/politics/north-korean-envoy-en-route-to-hanoi-ahead-of-trump-kim-summit-3556721.html',
        ),
      ),
    ],
    bio: "A former ambassador to Spain who, as North Korea's Special Representative for US affairs, negotiated with Stephen Biegun before the February 2019 Hanoi summit. After the summit failed, a South Korean newspaper reported an execution; CNN disputed it, reporting the envoy alive and detained.",
    nativeNames: ['김혁철', '金赫哲'],
    aliases: ['Kim Hyok-chol', 'Kim Hyeok-cheol', 'Kim Hyok Chul', '金赫澈', 'Ким Хёк Чхоль'],
    surnames: ['Kim', 'Ким', '김', '金'],
    givenNames: ['~Hyok Chol'],
  },
  {
    id: 'choe-ryong-hae',
    name: 'Choe Ryong Hae',
    side: 'DPRK',
    roles: [
      // Still open: the February 2026 congress dropped him from the Central Committee and Seoul
      // expected the 15th Supreme People's Assembly to replace him, but no report of that was found.
      cited(
        role("Head of the Supreme People's Assembly's standing body", 'head-of-state', '2019-04'),
        src(
          'Yonhap',
          '(LEAD) N.K. leader re-elected as chairman of State Affairs Commission',
          '2019-04-12',
          'https://en.yna.co.kr/view/AEN20190412001351325',
        ),
      ),
    ],
    bio: "A senior Workers' Party leader who has headed the Supreme People's Assembly's standing body since April 2019, first as President of the Presidium and later as Chairman of the Standing Committee. Left off the party's Central Committee at the February 2026 congress, which South Korean media read as a prelude to leaving the assembly post.",
    nativeNames: ['최룡해', '崔龙海'],
    aliases: [
      'Choe Ryong-hae',
      'Choi Ryong-hae',
      'Choi Ryong Hae',
      '최용해',
      '崔龍海',
      'Цой Рён Хэ',
    ],
    surnames: ['Choe', 'Choi', 'Цой', '최', '崔'],
    givenNames: ['~Ryong Hae'],
    checked: '2026-12',
  },
  {
    id: 'kim-yong-nam',
    name: 'Kim Yong Nam',
    side: 'DPRK',
    roles: [
      cited(
        role(
          "President of the Presidium of the Supreme People's Assembly",
          'head-of-state',
          '1998',
          '2019-04',
        ),
        src(
          'Newsis',
          "北 최고인민회의 상임위원장, 김영남에서 최룡해로 '21년만'",
          '2019-04-12',
          'https://mobile.newsis.com/view_amp.html?ar_id=NISX20190412_0000618402',
        ),
      ),
    ],
    bio: "President of the Presidium of the Supreme People's Assembly from 1998 to April 2019, and so North Korea's nominal head of state; led the North's delegation to the opening of the 2018 PyeongChang Olympics. Died in November 2025, aged 97.",
    nativeNames: ['김영남', '金永南'],
    aliases: ['Kim Yong-nam', 'Kim Young-nam', 'Ким Ён Нам'],
    surnames: ['Kim', 'Ким', '김', '金'],
    givenNames: ['~Yong Nam'],
    died: '2025-11-03',
  },
  {
    id: 'hyon-song-wol',
    gender: 'female',
    name: 'Hyon Song Wol',
    side: 'DPRK',
    roles: [],
    bio: 'Leader of the Moranbong Band, who led the Samjiyon Orchestra to the South for the 2018 PyeongChang Winter Olympics and was part of other North Korean delegations to the South that year.',
    nativeNames: ['현송월', '玄松月'],
    aliases: ['Hyon Song-wol', 'Hyun Song-wol', 'Hyeon Song-wol', 'Hyun Song Wol', 'Хён Сон Воль'],
    surnames: ['Hyon', 'Hyun', '현', '玄'],
    givenNames: ['~Song Wol'],
  },
  {
    id: 'kim-song',
    name: 'Kim Song',
    side: 'DPRK',
    roles: [
      cited(
        role("North Korea's ambassador to the United Nations", 'ambassador', '2018-09'),
        src(
          'UPI',
          "New North Korea ambassador to 'work with U.N.' after inter-Korea summit",
          '2018-09-20',
          'https://www.upi.com/Top_News/World-News/2018/09/20/New-North-Korea-ambassador-to-work-with-UN-after-inter-Korea-summit/9561537486577/',
        ),
        src(
          'The Korea Herald (Yonhap)',
          "N. Korea's ambassador to UN begins official work",
          '2018-09-21',
          'http://www.koreaherald.com/view.php?ud=20180921000391',
        ),
      ),
    ],
    bio: "North Korea's ambassador to the United Nations since September 2018, succeeding Ja Song Nam (2014–2018); earlier a counsellor at the mission and head of the Foreign Ministry's treaty bureau.",
    nativeNames: ['김성'],
    // Chinese and Japanese write 金星 (Sputnik, Yonhap Japanese: 金星(キム・ソン)国連大使); it is also
    // the planet Venus, so it links only near a title or political words (word-lists.ts).
    aliases: ['金星', 'キム・ソン'],
    surnames: ['Kim', 'Ким', '김', '金'],
    checked: '2026-12',
  },
  {
    id: 'thae-yong-ho',
    name: 'Thae Yong-ho',
    side: 'DPRK→ROK',
    roles: [
      // Start approximate: reports at the defection said he had lived in Britain for about ten years.
      cited(
        role('North Korean deputy ambassador in London', 'ambassador', '2006', '2016-08'),
        src(
          'The Independent',
          'North Korean deputy ambassador based in London defects to South Korea',
          '2016-08-17',
          'https://independent.co.uk/news/uk/home-news/north-korean-diplomat-at-london-embassy-defects-to-another-country-a7194936.html',
        ),
        src(
          'USA Today',
          'Seoul: North Korean diplomat in London defects',
          '2016-08-17',
          'https://www.usatoday.com/story/news/world/2016/08/17/north-korean-diplomat-defects-london/88885092/',
        ),
      ),
      cited(
        role("Member of South Korea's National Assembly", 'lawmaker', '2020-05', '2024-05'),
        src(
          'South China Morning Post (Reuters)',
          'Thae Yong-ho becomes first North Korean defector to win parliamentary seat in South Korea',
          '2020-04-16',
          'https://www.scmp.com/news/asia/east-asia/article/3080256/thae-yong-ho-becomes-first-north-korean-defector-win',
        ),
      ),
    ],
    bio: "North Korea's deputy ambassador in London until defecting to the South in 2016, and later a South Korean lawmaker. Won a National Assembly seat for Seoul's Gangnam district in 2020 under the name Thae Ku-min, and lost a bid for a second term in 2024.",
    nativeNames: ['태영호', '태구민'],
    aliases: [
      'Thae Yong Ho',
      'Tae Yong-ho',
      'Thae Ku-min',
      'Thae Koo-min',
      '太永浩',
      '太救民',
      'Тхэ Ён Хо',
    ],
    surnames: ['Thae', '태'],
    givenNames: ['~Yong Ho'],
  },
];
