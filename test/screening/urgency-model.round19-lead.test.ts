import { checkSafety, isUrgentVerdict, loadSafetyContent } from '../../src/screening';
import { KNOWLEDGE_DIR, spa } from '../helpers/screening-test-content';

// Round 19 (lead): with batch 15 in training, the urgency model read a German request for the owner "not with a computer"
// as a stroke: its speech examples say "kann nicht mehr sprechen", and a request to speak WITH someone has the same words.
// knowledge/urgency-examples/round19-lead.yaml teaches the concept in the languages the lexicons read. These messages are
// fresh (none is in that file): requests and complaints must not be urgent; speech gone wrong now still is.

const content = loadSafetyContent(KNOWLEDGE_DIR, spa);
const urgent = (text: string) => isUrgentVerdict(checkSafety(text, content));

describe('asking to speak with a person of ours is not a speech problem', () => {
  it.each([
    'Ich möchte mich über meine letzte Behandlung beschweren und mit dem Inhaber sprechen, nicht mit einem Computer',
    'Bitte kein Chatprogramm, ich möchte mit jemandem aus der Rezeption sprechen',
    'Ich beschwere mich hiermit offiziell über die Rechnung. Wer ist hier der Inhaber?',
    'Je souhaite faire une réclamation et parler à la responsable, pas à un ordinateur',
    'Quiero poner una queja y hablar con la dueña, no con una máquina',
    'Voglio fare un reclamo e parlare con la titolare, non con un computer',
    'Quero fazer uma reclamação e falar com a dona, não com um robô',
    'Ik wil een klacht indienen en de eigenaar spreken, niet een computer',
    'Chcę złożyć skargę i porozmawiać z właścicielką, nie z komputerem',
    "I'd like to complain and talk to the owner, not to a computer",
  ])('%s', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('speech gone wrong now is still urgent in the same languages', () => {
  it.each([
    'Mein Mann kann seit einer Viertelstunde nicht mehr sprechen und sein Gesicht hängt',
    "Ma mère n'arrive plus à parler et son bras droit ne répond plus",
    'Mi padre no puede hablar desde hace un rato y tiene la boca torcida',
    'Mijn vader kan opeens niet meer praten en zijn arm is slap',
    'my mum suddenly cannot talk properly and her face droops on the left',
  ])('%s', (text) => {
    expect(urgent(text)).toBe(true);
  });
});
