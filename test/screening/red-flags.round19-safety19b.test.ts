import { checkSafety, isUrgentVerdict, loadOtherLanguages } from '../../src/screening';
import { KNOWLEDGE_DIR, redFlags, spa } from '../helpers/screening-test-content';

// Round 19 (safety19b): look-alikes that got the emergency advice on read batch 15, by cause: a scene or documentary
// told by its subject, losing one's nerve in a contest ("choked in the final"), farm slurry read as slurred speech,
// fingers going white in the cold read as a faint, a strained muscle named by a GP, a professional's caseload, a
// bruise that is fading read as a Portuguese or Spanish wish to disappear, "dying of laughter" in Italian read as a
// Spanish crisis, a Portuguese relative's past stroke told with the recovery, and a child's or a tired person's
// ordinary speech slips ("words come out jumbled when she's overtired"). Fresh messages, not the batch's;
// each cause has an urgent twin that must still fire (lexicon alone, the model left out).

const safety = { redFlags, otherLanguages: loadOtherLanguages(KNOWLEDGE_DIR, spa) };
const urgent = (text: string) => isUrgentVerdict(checkSafety(text, safety));

describe('look-alikes get no emergency advice', () => {
  it.each([
    'the Bones episode where a woman gets a clot after lipo gave me the creeps, is that realistic?',
    'watched a documentary on slurred speech and strokes last night, anyway do you sell gift vouchers?',
    'we choked under pressure in the semi again, gutted. book me a leg massage for Saturday',
    'I choked in the interview yesterday, total blank, need something to relax',
    'checking the slurry tank on the farm all morning, back is stiff, any evening slots?',
    "my fingers go white on cold mornings at the bus stop, then pink again once I'm inside",
    'the physio said the pain in my chest was a strained muscle from rowing, can you work on my upper back?',
    "I'm an ED nurse, seen so many chest pains on nights this week, I need a massage",
    'Fiz uma cirurgia há um mês, as marcas roxas estão a desaparecer devagar. Posso marcar drenagem?',
    'Los moratones de la liposucción tardan en desaparecer, ¿es normal? ¿Puedo hacer drenaje?',
    'Il video del vostro gatto in reception mi fa morire dal ridere ogni volta',
    'Minha mãe teve um infarto há oito anos e recuperou-se bem, ela pode fazer drenagem linfática?',
    "my little girl's words come out all jumbled when she's overtired, she's nearly 3. is that normal?",
    'my son still says the wrong words for things, he is learning to talk and the speech therapist is happy',
    'my speech goes a bit slurred when I am tired after a night shift, always has. can I book for Friday?',
  ])('"%s"', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('their urgent twins still get urgent help', () => {
  it.each([
    'my face has dropped on one side and my speech is slurred, it started ten minutes ago',
    'my dad is choking on a piece of meat and cannot breathe',
    "my speech has gone slurry and my arm won't lift, started an hour ago",
    'I feel like I am going to faint, everything is going white and my heart is racing',
    'crushing chest pain spreading to my left arm and jaw, sweating buckets',
    'I am a nurse and I have crushing chest pain going down my left arm right now',
    'Quero desaparecer, já não aguento mais esta vida',
    'Quiero desaparecer, ya no puedo más, tengo las pastillas aquí',
    'Voglio morire, non ce la faccio più',
    'Quiero morirme, no puedo más con esto',
    'Meu pai está com a boca torta e não consegue mexer o braço, começou agora',
    'watched a film last night and now my calf is hot, red and swollen after my flight',
    "my toddler's speech has gone slurred since this morning and one side of his face looks droopy",
    'my 4 year old normally talks fine but since lunch her words come out jumbled and she cannot lift her arm',
    "his speech is slurred when he's tired, but tonight his arm went weak and his face is drooping",
  ])('"%s"', (text) => {
    expect(urgent(text)).toBe(true);
  });
});
