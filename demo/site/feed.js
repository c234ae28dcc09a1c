// Demo only: appends a story whenever the reader nears the bottom, like a news site's endless feed.
// Stories are short summaries written for this demo from public reporting, each with its date.
const STORIES = [
  [
    '2018-06-12',
    'Trump and Kim meet in Singapore',
    'Donald Trump and Kim Jong Un met in Singapore, the first summit between sitting leaders of the United States and North Korea. Trump and Kim signed a joint statement at the end of the meeting.',
  ],
  [
    '2019-02-28',
    'Hanoi summit ends without a deal',
    'The second meeting between Donald Trump and Kim Jong Un, in Hanoi, ended early. The two sides could not agree on sanctions relief and the future of the Yongbyon nuclear complex.',
  ],
  [
    '2018-04-27',
    'Leaders of the two Koreas meet at Panmunjom',
    'Moon Jae-in and Kim Jong Un met at Panmunjom and signed the Panmunjom Declaration. Moon and Kim met again at the border village a month later.',
  ],
  [
    '2023-09-13',
    'Kim Jong Un meets Putin in the Russian Far East',
    'Kim Jong Un travelled to the Vostochny Cosmodrome, where he met Vladimir Putin. It was the second summit between Kim and Putin after their first meeting in Vladivostok in 2019.',
  ],
  [
    '2023-10-18',
    'Lavrov visits Pyongyang',
    'Russian Foreign Minister Sergey Lavrov spent two days in Pyongyang, where he met Foreign Minister Choe Son Hui and Kim Jong Un.',
  ],
  [
    '2025-06-23',
    'Lee Jae-myung names his security team',
    'In his first weeks in office, President Lee Jae-myung named Wi Sung-lac as national security adviser and nominated Cho Hyun as foreign minister and Chung Dong-young as unification minister.',
  ],
  [
    '2022-06-11',
    'Choe Son Hui becomes foreign minister',
    'North Korean state media reported that Choe Son Hui had been named foreign minister, the first woman in the post. Choe had been a negotiator around the 2018 and 2019 summits.',
  ],
];

let next = 0;
const stories = document.getElementById('stories');

function appendStory() {
  const [date, title, text] = STORIES[next % STORIES.length];
  next += 1;
  const story = document.createElement('section');
  story.className = 'story';
  const heading = document.createElement('h2');
  heading.textContent = title;
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = `${date} · Demo summary from public reporting · story ${next}`;
  const body = document.createElement('p');
  body.textContent = text;
  story.append(heading, meta, body);
  stories.append(story);
}

for (let i = 0; i < 3; i += 1) appendStory();
new IntersectionObserver((entries) => {
  if (entries.some((entry) => entry.isIntersecting) && next < 60) appendStory();
}).observe(document.getElementById('loading'));
