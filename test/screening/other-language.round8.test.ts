import { checkSafety, isUrgentVerdict, loadOtherLanguages } from '../../src/screening';
import { KNOWLEDGE_DIR, redFlags, spa } from '../helpers/screening-test-content';

// Round 8 (issue 11): the context rules and airway words in every lexicon language, in everyday words.

const safety = { redFlags, otherLanguages: loadOtherLanguages(KNOWLEDGE_DIR, spa) };
const urgent = (text: string) => isUrgentVerdict(checkSafety(text, safety));

describe('other languages, round 8', () => {
  it.each([
    "une abeille m'a piqué et j'ai du mal à déglutir",
    "après mon abdominoplastie mon mollet gauche est douloureux",
    'me operaron de la rodilla y ahora la pantorrilla está caliente',
    'estoy de 33 semanas y veo puntitos brillantes',
    'fiz lipo há uma semana e a panturrilha está inchada',
    'nach der Fettabsaugung ist meine Wade dick',
    'dopo la liposuzione il polpaccio è gonfio',
    'po liposukcji łydka jest spuchnięta',
    'na de liposuctie is mijn kuit dik',
  ])('answers "%s" with the emergency advice', (text) => {
    expect(urgent(text)).toBe(true);
  });

  it.each([
    'estoy de vacaciones y quiero reservar un masaje',
    "après ma lipo, les deux jambes sont gonflées, c'est normal ?",
    'est-ce que vos huiles contiennent des noix ?',
    // The room's lights are not lights in front of the eyes (batch C).
    'estoy embarazada de 30 semanas, ¿las luces de la cabina son fuertes?',
    'sono incinta, le luci della stanza sono soffuse?',
  ])('does not answer "%s" as an emergency', (text) => {
    expect(urgent(text)).toBe(false);
  });
});
