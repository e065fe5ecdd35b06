import { z } from 'zod';
import { readYamlFile } from '../../src/content/content-file';
import {
  expectNotUrgent as calm,
  readInOtherLanguage,
  expectUrgentIn as urgent,
} from '../helpers/other-language-reading';
import { FIXTURES_DIR } from '../helpers/screening-test-content';

// Round 46 (lead, round 45's open problem): in another language an all-clear ("ya estoy bien") or a date ("hace años")
// held for the whole message, so an emergency told after "but" got "I speak English" and no advice, where English ends an
// all-clear at "but". Each language now lists its contrast words (knowledge/other-languages.yaml `contrast`), and what
// follows the first one after the all-clear or date is read alone. Messages written for this test, not from any batch.
describe('an emergency told after "but", behind an all-clear, gets the emergency advice', () => {
  it.each([
    ['es', 'ya estoy bien pero mi madre no respira'],
    ['fr', 'je vais bien maintenant mais ma mère ne respire plus'],
    ['pt', 'já estou bem, mas a minha mãe desmaiou e não acorda'],
    ['de', 'mir geht es wieder gut, aber mein Mann hat starke Brustschmerzen und schwitzt'],
    ['it', 'sto bene adesso ma mio padre non respira'],
    ['pl', 'już wszystko dobrze, ale mama nie oddycha'],
    ['nl', 'het gaat nu goed, maar mijn vader ademt niet meer'],
    ['tr', 'artık iyiyim ama annem nefes almıyor'],
    ['ru', 'у меня уже всё хорошо, но мама не дышит'],
  ] as const)('%s: "%s"', (code, text) => urgent(code, text));
});

describe('an emergency told after "but", behind a dated event, gets the emergency advice', () => {
  it.each([
    ['es', 'tuve un infarto hace 10 años, pero mi padre tiene un dolor fuerte en el pecho y suda'],
    ['fr', "j'ai eu une phlébite il y a des années, mais ma mère a la jambe gonflée, chaude et du mal à respirer"],
  ] as const)('%s: "%s"', (code, text) => urgent(code, text));

  it('a crisis told as over is still read after "but": the crisis advice', () => {
    urgent('es', 'hace años intenté suicidarme y ya estoy bien, pero últimamente pienso en quitarme la vida', 'crisis');
  });

  it('an emergency after "but" behind a past crisis gets the emergency advice', () => {
    urgent('es', 'hace años intenté suicidarme y ya estoy bien, pero mi hija se cortó las venas y sangra mucho');
  });
});

// What follows "but" is read alone: a question, a booking, or the past told again stays calm, and an all-clear said
// after the contrast still holds for the sign before it.
describe('the same shape with nothing urgent after "but" stays calm', () => {
  it.each([
    'ya estoy bien, pero quería preguntar los precios',
    'je vais bien maintenant mais je voudrais réserver une séance',
    'mir geht es wieder gut, aber ich wollte fragen, ob die Massage sicher ist',
    'artık iyiyim ama fiyatları sormak istiyorum',
    'ya estoy bien, pero hace dos años no podía respirar',
    'mi madre no respiraba bien pero ya está bien',
    'hace años tuve una trombosis pero ya estoy bien',
    'vor zwei Jahren hatte ich eine Thrombose, aber heute ist nichts',
    'hace años intenté suicidarme y ya estoy bien, pero quería preguntar por el masaje',
  ])('"%s"', (text) => calm(text));
});

// A helper session that read nothing of the product wrote 48 such emergencies and 36 look-alikes in 12 languages
// (test/fixtures/other-language-contrast.yaml), scored once before this test: 37 -> 48/48 urgent, 0/36 false alarms.
describe('the helper-written contrast set (12 languages)', () => {
  const message = z.object({ text: z.string().min(1), lang: z.string() });
  const set = readYamlFile(
    FIXTURES_DIR,
    'other-language-contrast.yaml',
    z.object({ urgent: z.array(message).length(48), lookalike: z.array(message).length(36) }),
  );

  it.each(set.urgent.map((m) => [m.lang, m.text]))('urgent, %s: "%s"', (_lang, text) => {
    expect(['emergency', 'crisis']).toContain(readInOtherLanguage(text)?.kind);
  });

  it.each(set.lookalike.map((m) => [m.lang, m.text]))('calm, %s: "%s"', (_lang, text) => calm(text));
});

// Round 46 (lead): wanting to kill oneself or to die, told of someone else, was read in first person only in Spanish,
// Portuguese, French, Italian and Arabic ("mi hermano dice que se quiere matar" got "I speak English"); English answers
// "my brother says he wants to kill himself" with the crisis line. Written for this test.
describe('a crisis told of another person gets the crisis advice', () => {
  it.each([
    ['es', 'mi hermano dice que se quiere matar'],
    ['es', 'mi hija dice que quiere matarse, no sé qué hacer'],
    ['fr', "ma fille dit qu'elle veut mourir"],
    ['pt', 'meu filho quer se matar'],
    ['pt', 'minha mãe diz que quer morrer'],
    ['it', 'mio figlio vuole uccidersi'],
    ['it', 'mia madre dice che vuole morire'],
    ['ar', 'ابني يريد أن ينتحر'],
    ['ar', 'أختي تقول إنها تريد أن تموت'],
  ] as const)('%s: "%s"', (code, text) => urgent(code, text, 'crisis'));
});

describe('dying of laughter, embarrassment or work, told of another person, stays calm', () => {
  it.each([
    'il veut mourir de rire quand il voit le prix',
    'ele vai se matar de trabalhar',
    'mio marito vuole morire dal ridere ogni volta',
    'mi hermano se quiere matar de risa con ese video',
    'صاحبتي قالت بدها تموت من الإحراج',
  ])('"%s"', (text) => calm(text));
});
