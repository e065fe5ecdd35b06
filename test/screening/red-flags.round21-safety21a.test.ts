import { flagOf } from '../helpers/screening-test-content';

// Round 21 (safety21a): false alarms by concept. Fresh messages written for this test (not from any read set); the lexicon
// alone. Each block pairs the stand-down with urgent messages that must keep their advice.

// A professional's check or verdict, whoever the professional: `clearance.professionals` × `clearance.verdicts`.
describe("a sign told before a professional's check or verdict is that professional's all-clear", () => {
  it.each([
    'Fainted in the queue at the post office on Monday, hadnt eaten. The practice nurse checked me over. Fine for Friday?',
    'passed out for a few seconds at my sons football match last week, the paramedic checked me and I went home',
    'bit of bleeding after the scan at 18 weeks. My midwife isnt worried. Can I still book the pregnancy massage?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    'I fainted at work an hour ago, the practice nurse checked me over but now my chest is crushing',
    'The physio checked me yesterday. Since this morning my left calf is hot, swollen and hard',
    "my midwife wasn't worried last week but now I'm 35 weeks, my face and hands have suddenly swollen and I see flashing lights",
  ])('"%s" still gets urgent advice', (text) => {
    expect(flagOf(text)).not.toBeNull();
  });
});

// What is usual for a person (`baseline`): a professional already aware, the person's own way, a pattern that comes with
// tiredness, a deficit called permanent or dated by a stage of life long past.
describe('a known, usual sign told in new words stands down; anything new keeps the advice', () => {
  it.each([
    "my mum's mouth drops a little on the right when she's tired, her stroke nurse is aware. is a facial ok for her?",
    'had Bells palsy as a teenager and my left eyelid still droops slightly, can you do lymph drainage round the eyes?',
    'left arm weakness from my stroke in 2019, its permanent now, physio is aware. would arm drainage help the puffiness?',
    "his face sags on one side, that's just how he is since he was born, can he book the head and neck one",
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    "my mum's mouth drops on the right when she's tired, but today it suddenly dropped at lunch and she can't lift her arm",
    'had Bells palsy as a teenager, now the other side of my face has gone numb and droopy in the last hour',
    'stroke survivor, left side still weak, but since this morning my speech is slurred and my right arm is weak too',
  ])('"%s" still gets urgent advice', (text) => {
    expect(flagOf(text)).not.toBeNull();
  });
});

// A question about people at large that names nobody in particular (`hypothetical.questionGeneric`).
describe('a sign asked about for people in general stands down unless it is about the person now', () => {
  it.each([
    'Does the hot stone massage ever make people faint?',
    'Do customers ever black out in your steam room?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    'had my tummy tuck 5 days ago. do patients get breathless after it?',
    'Do people pass out like this? I keep nearly fainting and my heart is racing',
  ])('"%s" still gets urgent advice', (text) => {
    expect(flagOf(text)).not.toBeNull();
  });
});

// A clause that points back to a moment already told ("at the time", "back then") is about that moment (`history.cues`).
describe('a sign placed "at the time" is the past; the same sign now keeps the advice', () => {
  it.each([
    'Sliced my thumb open on a broken glass behind the bar last night, blood everywhere at the time. Taped up now, can I still have a hand massage?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    "my calf swelled up on the flight home, I ignored it at the time, now it's hot and hard",
    "I couldn't breathe properly at the time and I still can't get my breath",
  ])('"%s" still gets urgent advice', (text) => {
    expect(flagOf(text)).not.toBeNull();
  });
});
