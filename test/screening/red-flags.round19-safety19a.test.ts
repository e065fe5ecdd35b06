import { checkSafety, detectRedFlag, isUrgentVerdict, loadOtherLanguages } from '../../src/screening';
import { KNOWLEDGE_DIR, redFlags, spa } from '../helpers/screening-test-content';

// Round 19 (safety19a): emergencies read batch 15 showed the lexicon had no concept for, by cause. Fresh messages written
// for this test (not read-set copies); the lexicon alone (no urgency model), with close look-alikes that must stay calm.

const safety = { redFlags, otherLanguages: loadOtherLanguages(KNOWLEDGE_DIR, spa) };
const urgent = (text: string) => isUrgentVerdict(checkSafety(text, safety));
const flag = (text: string) => detectRedFlag(text, redFlags)?.flagId;

describe('back pain with numbness where one wipes, or with bladder loss and numb legs, is cauda equina', () => {
  it.each([
    'my sciatica flared up and now I am numb down below, is that normal',
    'plasterer here, back went lifting a bag, now both legs are weak and I peed myself without knowing',
    'slipped a disc years ago but today I have got numbness between my legs and I cannot wee properly',
    'lower back agony since Friday and this morning I noticed I cant feel the paper when I wipe',
    'had a disc op last year, back is bad again and I cant pee, both legs numb',
  ])('%s', (text) => {
    expect(flag(text)).toBe('cauda_equina');
  });

  it.each([
    'I wet myself laughing at the back of the class, so embarrassing',
    'my back hurts after lifting and I sneezed and wet myself a little, is that normal after 3 kids',
    'my bum goes numb when I sit on the tractor all day, back is stiff too',
    'numb patch on my thigh since the lipo 6 weeks ago, back is fine',
  ])('%s stays calm', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('an erection that lasts hours or will not go down is priapism', () => {
  it.each([
    'been on the new tablets and had an erection for hours, it is purple and aching',
    'sickle cell warrior here, my erection has not gone down since last night and it really hurts',
    'embarrassing but my boner wont go down, its been hours now',
  ])('%s', (text) => {
    expect(flag(text)).toBe('priapism');
  });

  it.each(['can massage help erection problems? asking for my husband', 'does lymph drainage help with erectile dysfunction'])(
    '%s stays calm',
    (text) => {
      expect(urgent(text)).toBe(false);
    },
  );
});

describe('a generator or heater in a shed or workshop with the door shut, with a headache or sickness, is carbon monoxide', () => {
  it.each([
    'running the petrol generator in the workshop with the doors shut, now I am dizzy and my head is pounding',
    'paraffin heater on in the shed all afternoon with the door closed, both of us feel sick and drowsy',
  ])('%s', (text) => {
    expect(flag(text)).toBe('carbon_monoxide');
  });

  it('a heater kept in the shed, with no symptom, stays calm', () => {
    expect(urgent('we keep the heater in the shed for the dog, anyway do you do gift vouchers')).toBe(false);
  });
});

describe('someone down who does not answer "us" is unresponsive', () => {
  it('is a collapse', () => {
    expect(flag('my wife collapsed in the kitchen, she is breathing but not responding to us at all')).toBe('collapse');
  });
  it('headphones are not unresponsiveness', () => {
    expect(urgent('she didnt answer us at first because she had her headphones in')).toBe(false);
  });
});

describe('in every lexicon language: low sugar in diabetes, a reliever that does nothing, lipo toxicity, a limb that will not lift', () => {
  it.each([
    'mi abuela es diabética y está sudando y muy confundida',
    'il est diabétique, il transpire et il tremble beaucoup',
    'meu marido é diabético e está suando e tremendo muito',
    'meine Mutter ist Diabetikerin, sie ist verwirrt und schwitzt stark',
    'mio padre è diabetico, suda tanto ed è confuso',
    'mój tata ma cukrzycę, jest splątany i cały się trzęsie',
    'mijn vader is diabeet, hij is verward en zweet heel erg',
    'tengo asma y el inhalador no me hace nada, me ahogo',
    'mon fils fait une crise d asthme et la ventoline ne fait rien',
    'a bombinha de asma não está ajudando nada e ela mal fala',
    'mein Asthmaspray hilft nicht mehr und ich kriege kaum Luft',
    'ho l asma e lo spray non fa niente',
    'mam astmę, inhalator nie pomaga',
    'mijn astma puffer helpt niet, ik kan bijna niet praten',
    'hice lipo esta mañana y tengo los labios dormidos y un sabor metálico',
    'après ma liposuccion j ai un goût métallique et les lèvres engourdies',
    'fiz lipo hoje e estou com zumbido e gosto metálico na boca',
    'nach der Fettabsaugung habe ich Ohrensausen und einen Metallgeschmack',
    'po liposukcji mam metaliczny smak i szum w uszach',
    'na de liposuctie heb ik een metaalsmaak en tintelende lippen',
    'mi padre de repente ya no puede levantar el brazo izquierdo',
    'ma mère n arrive plus à lever le bras droit depuis une heure',
    'minha avó não consegue mexer a perna esquerda desde o almoço',
    'mein Opa kann den Arm nicht mehr heben, seit zehn Minuten',
    'mia nonna non riesce ad alzare il braccio destro',
    'mój dziadek nie może podnieść ręki od pół godziny',
    'mijn opa kan zijn arm niet meer optillen sinds vanochtend',
  ])('%s', (text) => {
    expect(urgent(text)).toBe(true);
  });

  it.each([
    'soy diabética, ¿puedo hacerme un drenaje linfático?',
    'je suis diabétique, le drainage est-il possible?',
    'tengo asma, ¿puedo usar el sauna después del masaje?',
    'hice lipo hace un mes, ¿cuántas sesiones de drenaje necesito?',
    'depuis ma mastectomie je n arrive plus à lever le bras, le drainage peut aider?',
    'seit der Schulter-OP kann ich den Arm nicht mehr heben, hilft Lymphdrainage?',
    'desde a cirurgia de mama não consigo levantar o braço, a drenagem ajuda?',
  ])('%s stays calm', (text) => {
    expect(urgent(text)).toBe(false);
  });
});
