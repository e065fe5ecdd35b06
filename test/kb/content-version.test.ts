import { contentHash, contentVersion } from '../../src/kb/content-version';
import { rulesVersion } from '../../src/screening';
import { redFlagContent, screeningContent } from '../helpers/screening';

const articles = [{ id: 'what-is-mld', status: 'draft', body: 'MLD is a gentle massage.' }];
const base = {
  rules: rulesVersion(screeningContent),
  flags: redFlagContent,
  services: { services: [] },
  articles,
};

describe('content versions recorded with screening outcomes', () => {
  it('names the rules version and a short hash of the flags, services and articles', () => {
    expect(contentVersion(base)).toMatch(
      new RegExp(
        `^rules=${rulesVersion(screeningContent)} flags=[0-9a-f]{12} services=[0-9a-f]{12} articles=[0-9a-f]{12}$`,
      ),
    );
  });

  it('changes the flags part, and only it, when a red flag’s advice changes', () => {
    const [first, ...rest] = redFlagContent.flags;
    const edited = { ...redFlagContent, flags: [{ ...first!, advice: `${first!.advice} Edited.` }, ...rest] };
    const before = contentVersion(base).split(' ');
    const after = contentVersion({ ...base, flags: edited }).split(' ');
    expect(after.map((part, i) => part !== before[i])).toEqual([false, true, false, false]);
  });

  it('does not change with key order, and changes when an article is signed', () => {
    expect(contentHash({ a: 1, b: [1, 2] })).toBe(contentHash({ b: [1, 2], a: 1 }));
    const signed = [{ ...articles[0]!, status: 'signed' }];
    expect(contentVersion({ ...base, articles: signed })).not.toBe(contentVersion(base));
  });
});
