import { describe, expect, it } from 'vitest';
import { markdownToText, parseFrontMatter } from '@/utils/store/compile/front-matter';
import { GOOD_FRONT_MATTER, withFrontMatter } from '../helpers';

describe('front matter', () => {
  it('reads key: value lines, [a, b] lists and double quotes', () => {
    const { fields, body } = parseFrontMatter(
      withFrontMatter(`${GOOD_FRONT_MATTER}\nattribution: "AP, Seoul: 2021"`),
      'a.md',
    );
    expect(fields.get('figures')).toEqual(['kim-jong-un', 'moon-jae-in']);
    expect(fields.get('attribution')).toBe('AP, Seoul: 2021');
    expect(body.trim()).toMatch(/^Kim Jong Un/);
  });

  it.each([
    ['no opening ---', 'id: x\n---\nbody', /start with ---/],
    ['no closing ---', '---\nid: x\ntitle: y\n', /not closed/],
    ['a line that is not key: value', '---\njust words\n---\nbody', /expected "key: value"/],
    ['a key given twice', '---\nid: a\nid: b\n---\nbody', /given twice/],
    ['an unterminated quote', '---\ntitle: "oops\n---\nbody', /unterminated/],
  ])('fails clearly on %s, naming the file and line', (_name, text, message) => {
    expect(() => parseFrontMatter(text, 'data/x.md')).toThrow(message);
    expect(() => parseFrontMatter(text, 'data/x.md')).toThrow(/^data\/x\.md/);
  });

  it('turns Markdown paragraphs into plain text', () => {
    expect(markdownToText('A **bold** [link](https://x)\nline.\n\n## Head\n\nEnd.')).toBe(
      'A bold link line.\n\nHead\n\nEnd.',
    );
  });
});
