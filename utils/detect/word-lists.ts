/** Word lists the matcher needs: particles after Korean names, Cyrillic case endings, and English words that never continue a name. */

/** Korean particles and attached nouns a name may carry (김정은이, 문재인의, 김정은위원장, 문재인정부). */
export const KOREAN_SUFFIXES: readonly string[] = [
  '에게서',
  '으로서',
  '으로써',
  '께서는',
  '이라고',
  '이라는',
  '이라며',
  '에게는',
  '한테서',
  '과의',
  '와의',
  '에서',
  '에게',
  '한테',
  '께서',
  '으로',
  '이나',
  '이며',
  '이다',
  '이고',
  '이랑',
  '까지',
  '부터',
  '마저',
  '조차',
  '처럼',
  '보다',
  '라고',
  '라는',
  '이',
  '가',
  '은',
  '는',
  '을',
  '를',
  '의',
  '에',
  '와',
  '과',
  '도',
  '만',
  '로',
  '랑',
  '께',
  '측',
  '씨',
  '님',
  '여사',
  '정부',
  '정권',
  '행정부',
  '체제',
  '시대',
  '시절',
  '일가',
  '대통령',
  '위원장',
  '국무위원장',
  '총비서',
  '부부장',
  '장관',
  '외무상',
  '총리',
  '주석',
  '대표',
  '특별대표',
  '대사',
  '실장',
  '원장',
  '의원',
  '당선인',
  '전',
  '본인',
  '부부',
  '총장',
  '특사',
  '부장',
  '외교부장',
  '후보',
  '국방장관',
];

/** Russian case endings after a name's nominative (Путина, Лавровым, Ким Чен Ыном, Мацегоры). */
export const CYRILLIC_ENDINGS: readonly string[] = [
  'ого',
  'ому',
  'ым',
  'им',
  'ом',
  'ем',
  'ой',
  'ою',
  'ей',
  'а',
  'у',
  'е',
  'ы',
  'и',
  'ю',
  'я',
  // The nominative of a name matched on its stem (Ёль: see cyrillicStem in aliases.ts).
  'ь',
];

/**
 * Capitalised English words that do not continue a person's name: after "Kim" in "Kim Says" or
 * before it in "Meanwhile Kim", they leave the surname free (title-case headlines, sentence starts).
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor of in on at to for with by from as into onto over under about after before since ' +
    'during until while when whenever where why how what who whom whose which that this these those if then than ' +
    'so yet also meanwhile however still now today tonight yesterday tomorrow later earlier both either neither ' +
    'not no only even just all any each every some many more most much such again already instead thus hence ' +
    'will would can could may might must shall should has had have is was were are be been being do does did ' +
    'says said say tells told meets met meet visits visited visit warns warned calls called vows vowed urges urged ' +
    'slams holds held wants seeks hails rejects rejected accuses praises agrees agreed plans planned threatens ' +
    'supports elect ' + // "… Supports Obama's Idea", "President-elect Obama"
    'watch attend agree warn urge hail hold ' +
    'orders ordered inspects inspected oversees watches watched sends sent signs signed backs makes made takes took ' +
    'gets got goes went comes came gives gave returns returned arrives arrived leaves left lands says: ' +
    'is: was: reportedly also: here there it he she they we you i his her their its our my your ' +
    'administration government regime family dynasty era policy policies summit talks statement speech visit ' +
    'tower organization organisation foundation university square stadium airport hotel street road avenue ' +
    'world resort media group club golf card cards tariffs ' +
    'center centre institute camp team aides aide statue portrait thought doctrine doctrines memorial library ' +
    'campaign cabinet white house office ministry party congress senate assembly committee council ' +
    'north south east west korea koreas korean koreans china chinese japan japanese russia russian america american ' +
    'us u.s. un u.n. seoul pyongyang washington beijing tokyo moscow singapore hanoi panmunjom ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april june july ' +
    'august september october november december jr jr. sr sr. ii iii'
  ).split(' '),
);

/**
 * Written forms that are also ordinary words, or given names the press uses alone only once the
 * family is in view: トランプ (playing cards), 金星 (Venus), 与正 / 正恩 / ヨジョン. They link before a
 * title, or where POLITICAL_WORDS or another figure's name are near and no GAME_WORDS are.
 */
export const WORD_NAMES: ReadonlySet<string> = new Set([
  'トランプ',
  '金星',
  '与正',
  '正恩',
  'ヨジョン',
]);

/** Words of politics and diplomacy (Japanese, Chinese, Korean) that make a nearby word-name a person. */
export const POLITICAL_WORDS: readonly string[] = [
  '大統領',
  '政権',
  '政府',
  '首相',
  '首脳',
  '会談',
  '會談',
  '会谈',
  '選挙',
  '投票',
  '票',
  '共和党',
  '民主党',
  '米国',
  '北朝鮮',
  '朝鮮',
  '朝鲜',
  '関税',
  '制裁',
  '外交',
  '就任',
  '次期',
  '国務',
  '大使',
  '代表',
  '委員長',
  '総書記',
  '总书记',
  '政治',
  '核',
  'ミサイル',
  '演説',
  '会見',
  '陣営',
  '候補',
  '总统',
  '總統',
  '联合国',
  '聯合國',
  '安理会',
  '安理會',
  '常驻',
  '常駐',
  '军事',
  '軍事',
  '美国',
  '美國',
  '대통령',
  '정부',
  '북한',
  '외교',
  '회담',
];

/** Words of games and the sky that make a nearby トランプ cards and 金星 the planet, whatever else is near. */
export const GAME_WORDS: readonly string[] = [
  '遊',
  '游戏',
  'カード',
  'ゲーム',
  '大富豪',
  '大貧民',
  '手札',
  '占い',
  '手品',
  'マジック',
  '行星',
  '惑星',
  '天文',
  '轨道',
  '軌道',
  '太阳系',
  '太陽系',
  '探测',
  '探測',
];

/**
 * Han names whose characters run into a word that is not the name: 四川普通话 (Sichuan-accented
 * Mandarin) holds 川普, and 川普话 is that speech, though "川普话锋一转" is Trump changing the
 * subject. `before`: characters that, right before the name, make it part of a word; `after`: the
 * same right after it, unless one of `unlessNext` follows that.
 */
export const HAN_NAMES_IN_WORDS: readonly {
  name: string;
  before: string;
  after: string;
  unlessNext: string;
}[] = [{ name: '川普', before: '四', after: '话話', unlessNext: '锋鋒音题題语語' }];
