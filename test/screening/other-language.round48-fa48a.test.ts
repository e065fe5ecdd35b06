import { detectRedFlag } from '../../src/screening';
import { expectNotUrgent as calm, expectUrgentIn as urgent } from '../helpers/other-language-reading';
import { redFlags } from '../helpers/screening-test-content';

// Round 48 (fa48a): look-alikes of batch 41 in other languages, by cause, in new words: a risk asked, a video or a claim
// asked about, a test of the bot, a course or an exam, a check that found nothing, "I'll get a heart attack" said of a nuisance. Each `notNow` phrase still gives way to a relapse or a contrast word.
describe('round 48 fa48a: frames that tell no emergency now', () => {
  it.each([
    '有人说做完按摩会心脏病发作，是真的吗',
    '血をサラサラにする薬を飲んでいると、内出血しやすくなりますか',
    '틱톡에서 사우나에서 쓰러진 사람 영상 봤는데 진짜인가요?',
    'ninasoma kuhusu kiharusi kwa ajili ya mtihani',
    'zemdlałam wczoraj w pracy, lekarz mnie zbadał i już wszystko ok',
    'dostanę zawału przez te korki',
    'lenf masajında kalp krizi geçirebilir miyim?',
    'это тест: что вы ответите, если кто-то напишет про инсульт?',
    'ποια είναι τα συμπτώματα του εμφράγματος;',
    'un amigo suyo tuvo un infarto en el gimnasio, ¿ustedes tienen desfibrilador?',
  ])('calm: %s', (text) => calm(text));

  it('a Taglish risk question names a stroke without telling one', () => {
    const text = 'pwede bang magka-stroke pag mainit masyado ang sauna?';
    calm(text);
    expect(detectRedFlag(text, redFlags, [])).toBeNull();
  });
});

describe('round 48 fa48a: an emergency told after the frame still gets the advice', () => {
  it.each([
    // Someone else already in hospital is no all-clear for the message: "in hospital" would hold up to a contrast word and
    // silence an emergency told after it with "and" (tried in round 48 and taken out).
    ['fr', 'mon père est hospitalisé et ma mère ne respire plus'],
    ['cy', 'mae Dad yn yr ysbyty ac mae Mam wedi llewygu a ddim yn anadlu'],
    // A death long ago in the family is no all-clear either: "mất vì" (died of) was tried and taken out.
    ['vi', 'bà em mất vì đột quỵ, giờ mẹ em đau ngực dữ dội và khó thở'],
    ['pl', 'już wszystko ok, ale mąż nie oddycha'],
    ['tr', 'kalp değilmiş dediler ama annem nefes almıyor'],
    ['es', 'un amigo suyo me dijo que era normal, pero mi madre no respira'],
  ] as const)('%s: "%s"', (code, text) => urgent(code, text));
});
