import { detectRedFlag } from '../../src/screening';
import { redFlags } from '../helpers/screening-test-content';

// Round 21 (safety21a): false alarms by concept. Fresh messages written for this test (not from any read set); the lexicon
// alone. Each block pairs the stand-down with urgent messages that must keep their advice.
const flagOf = (text: string) => detectRedFlag(text, redFlags)?.flagId ?? null;

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
