import { checkSafety, isUrgentVerdict, loadOtherLanguages } from '../../src/screening';
import { KNOWLEDGE_DIR, redFlags, spa } from '../helpers/screening-test-content';

// Round 18 (tuner safety18b): causes of false alarms on harmless look-alikes, fixed by concept in knowledge/red-flags.yaml
// and knowledge/other-languages.yaml. Fresh messages written for this file, not copies of any batch or tuning set. Each
// stand-down has urgent contrasts: the same frame with a red-flag sign told now must stay urgent. The lexicon alone is
// tested (no urgency model), so the rules themselves carry the behaviour.

const safety = { redFlags, otherLanguages: loadOtherLanguages(KNOWLEDGE_DIR, spa) };
const urgent = (text: string) => isUrgentVerdict(checkSafety(text, safety));

describe('look-alikes that get an answer, not emergency advice', () => {
  it.each([
    // a faint told as a habit, or dismissed as "just a faint", or dated and done
    'my mum passes out every few months, the GP is looking into it, can she have a massage?',
    'I faint now and then when I stand up too quick, is the table high?',
    'I passed out once years ago getting up too fast from a sunbed, can I sit up slowly?',
    'keeled over at a wedding in the sun last summer, the hospital ran every test, just a faint. anything I should tell you?',
    'she was taken to A&E after collapsing at school. That was years ago. Can she have a massage?',
    // a bleed that stopped, or has not come back
    'my nosebleed stopped after 3 minutes, normal for me, can I still come in?',
    'I had a bit of bleeding at 10 weeks, no bleeding since, now 20 weeks, is massage ok?',
    // everyday swelling of pregnancy
    'pregnant, fingers puffy by the end of the day but the midwife is happy',
    '28 weeks and my rings are tight in the heat, is a lymph massage ok?',
    // a cosmetic worry: a face sagging since weight loss; numb after a face operation
    'since I lost weight my face has dropped a lot, does facial MLD tone it?',
    'after my gastric sleeve my face has sagged and slid down, any facial tightening?',
    'nose job two weeks ago, tip is still numb, can I have facial lymph?',
    // mild soreness round a vaccine; a professional's word that it is normal or will take time
    'had my covid jab, arm red and sore round the injection site, ok for massage?',
    'a week after my knee op, the knee is puffy, which the physio and surgeon both say is normal. when can I start?',
    // questions about what to do if, a protocol, a first-aid course, symptoms asked about
    "I'm a nurse, what's our protocol if a patient tells me they have chest pain during the massage?",
    'what should I do if a client faints on the table?',
    "what's the recovery position for someone who had a seizure? studying for my course",
    'after losing my mum to a stroke I am scared, what are stroke symptoms?',
    'what are sepsis symptoms? making a leaflet for our reception',
    // an operation still waited for (its words hide the context, a sign after it still counts); someone else's story; relatives' events long ago
    "I'm on the waiting list for a knee replacement, my knee aches, can I have a massage?",
    'knew a girl at work whose throat swelled up from peanuts, so I am careful. do your oils have nuts?',
    'my uncles both had strokes in their 60s, any treatments for circulation?',
    // heat mottling that goes when one moves; brain freeze
    'mottled legs after sitting by the heater, goes away when I move about',
    'brain freeze from an ice lolly, worst headache ever for ten seconds lol',
    // build, sport and general questions about medicines or when to go
    "my left calf is bigger than my right, I'm left footed and play hockey, normal?",
    'chest is sore after heavy bench yesterday, feels bruised when I stretch',
    'how many puffs of GTN is too many in a day? asking for my records',
    'when should you actually call 999 for a nosebleed? just wondering',
    // other languages: fit again since, recovered well, blood pressure good
    'Meine Mutter hatte vor zehn Jahren einen Herzinfarkt und ist seitdem wieder fit. Darf sie zur Lymphdrainage?',
    "Mia madre ha avuto un infarto anni fa, si è ripresa bene. Può fare un massaggio leggero?",
    'Ik ben 30 weken zwanger, mijn handen zijn wat dik, de verloskundige zegt dat mijn bloeddruk goed is. Mag ik een massage?',
  ])('%s', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('the same frames with a sign told now stay urgent', () => {
  it.each([
    'she faints every so often but today she passed out on the kitchen floor and is not waking up',
    "she's passed out on the kitchen floor and isn't waking up, she does faint every so often",
    'I faint now and then but I fainted just now at the till and I still feel like I am going to pass out',
    'he collapsed at the gym. That was ten minutes ago, he is still not breathing properly',
    'nosebleed stopped after 5 minutes but started again and has been pouring for an hour',
    "I'm 20 weeks pregnant and I'm bleeding heavily right now",
    '34 weeks pregnant and my face and hands have suddenly swollen up, midwife said last week all fine',
    "I've lost weight recently and this morning the left side of my face suddenly dropped and my speech is slurred",
    'my face went numb on one side out of nowhere and I cannot lift my arm',
    'had the flu jab on monday and now my left calf is swollen hot and painful',
    'hip replaced 5 days ago and my calf is suddenly hot, swollen and red',
    'my son had a seizure, I put him in the recovery position and he still will not wake up',
    'lost my dad to sepsis last year, now my own wound is red, hot, spreading and I am shivering with a fever',
    'my legs have gone mottled and cold and I am confused and shivering',
    'my uncle had a heart attack in his 50s and now I have crushing chest pain',
    'not brain freeze, this is the worst headache of my life and it hit suddenly',
    "my left calf is suddenly bigger than my right and it's hot and painful",
    'my right leg is a lot bigger than my left since yesterday, I play football',
    "chest feels crushing since bench session and I'm sweating and my arm is numb",
    'used my GTN spray twice and the chest pain is still crushing, how many is too many?',
    "I'm on the waiting list for MLD for my lymphoedema arm which is now red and hot",
    'on the waiting list for a hip op and my calf is suddenly swollen, hot and red',
    'Mein Vater hatte vor Jahren einen Herzinfarkt und war seitdem wieder topfit, aber jetzt hat er starke Brustschmerzen und schwitzt',
    "Mio padre si è ripreso bene dall'operazione ma adesso ha un dolore al petto fortissimo e suda freddo",
  ])('%s', (text) => {
    expect(urgent(text)).toBe(true);
  });
});
