import { contentRefusedIssue, findBlockedWord } from './content';

describe('findBlockedWord (the local stand-in for msgSecCheck)', () => {
  it.each([
    ['ordinary Chinese text passes', '孩子入学需要哪些材料？', null],
    ['ordinary English text passes', 'How do I apply for a residence permit?', null],
    ['the Chinese test word inside a sentence', '我想咨询违禁测试词相关的问题', '违禁测试词'],
    ['the English test word in another case', 'this is a FORBIDDEN-TEST-WORD example', 'forbidden-test-word'],
    ['full-width letters are folded', 'ｆｏｒｂｉｄｄｅｎ-test-word', 'forbidden-test-word'],
    ['spaces between the characters do not hide it', '违 禁 测试词', '违禁测试词'],
    ['a part of the word alone passes', '违禁', null],
    ['empty text passes', '', null],
  ])('%s', (_title, text, expected) => {
    expect(findBlockedWord({ text })).toBe(expected);
  });

  it('takes another list when given one', () => {
    expect(findBlockedWord({ text: 'abc', words: ['B'] })).toBe('B');
  });
});

describe('contentRefusedIssue', () => {
  it('names the field, in the caller language', () => {
    expect(contentRefusedIssue('body', 'zh-CN')).toEqual({ path: 'body', message: '内容含有不允许发布的信息，请修改后再提交' });
    expect(contentRefusedIssue('title', 'en').message).toMatch(/not allowed/);
  });
});
