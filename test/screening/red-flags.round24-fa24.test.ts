import { loadOtherLanguages, readOtherLanguage } from '../../src/screening';
import { flagOf, KNOWLEDGE_DIR, spa } from '../helpers/screening-test-content';

// Round 24 (fa24): false alarms by cause. Fresh messages written for this test (not from any read set); the lexicons alone.
// Each block pairs the stand-down with urgent messages that must keep their advice.
const otherLanguages = loadOtherLanguages(KNOWLEDGE_DIR, spa);
const otherKind = (text: string) => readOtherLanguage(text, otherLanguages)?.kind ?? null;

describe('a pounding head put down to a hangover is the hangover; the worst-ever headache is not', () => {
  it.each([
    'so hungover after my sisters birthday, head pounding, is a facial a bad idea today',
    'bit of a hangover, my head is pounding and I feel rough, can I move my 10am to the afternoon?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    'I know I am hungover but this is the worst headache of my life, it hit me like a thunderclap',
    'had a few drinks last night and now the worst headache ive ever had came on suddenly while I was sitting down',
  ])('"%s" still gets urgent advice', (text) => {
    expect(flagOf(text)).toBe('stroke_signs');
  });
});

describe('a long flight weeks ahead is no journey just made; a flight just taken still is', () => {
  it.each([
    'off to Singapore next month, really long flight. how do I stop my ankles puffing up on the plane?',
    'I am flying to Chile in a few weeks and one of my legs always swells a bit on long flights, any tips?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    'got off a long flight from Tokyo yesterday and my right calf has swollen up',
    'long haul back from Dubai on Sunday, now my left calf is swollen and it aches, flying again next month',
    'flying to Perth tomorrow and my left calf is swollen and sore since my last trip home',
  ])('"%s" still gets urgent advice', (text) => {
    expect(flagOf(text)).toBe('blood_clot_limb');
  });
});

describe("a heart attack suffered by a story's aged character is fiction", () => {
  it('"my 58-year-old character has a heart attack in chapter two" stays calm', () => {
    expect(flagOf('for my book: my 58-year-old character has a heart attack on a ferry, how long would he be in hospital?')).toBeNull();
  });

  it.each([
    'my 62-year-old husband has crushing chest pain going into his jaw and he is grey and sweating',
    "my 80-year-old dad is acting out of character, his face has dropped on one side and he can't lift his arm",
  ])('"%s" still gets urgent advice', (text) => {
    expect(flagOf(text)).not.toBeNull();
  });
});

describe('"still on for" after an all-clear asks about the visit', () => {
  it('a faint checked by the GP and a question about Friday stays calm', () => {
    expect(
      flagOf('nearly fainted in the heat at the market last week. GP did an ECG and bloods, all normal. Still on for Friday?'),
    ).toBeNull();
  });

  it('a sign still there after the all-clear still gets urgent advice', () => {
    expect(
      flagOf('fainted at work last week, ECG and bloods all normal, but I still feel faint and my chest is crushing'),
    ).not.toBeNull();
  });
});

describe('other languages: a test that came back clean, a sign that went away, a recovery, a heart attack one nearly had', () => {
  it.each([
    'el mes pasado tuve dolor en el pecho, me hicieron pruebas y salió negativo, ¿puedo reservar un drenaje?',
    'me dolía el pecho al toser pero ya se me pasó, ¿está bien hacer el masaje mañana?',
    "mon oncle a fait un infarctus il y a longtemps, il a bien récupéré, est-ce qu'il peut venir avec moi ?",
    "j'ai failli faire une crise cardiaque en voyant la facture du garage, vous avez des promos ?",
    'ho avuto un dolore al petto il mese scorso, visita e ECG tutto a posto. Posso prenotare?',
    'Geçen ay göğüs ağrısı oldu, doktora gittim, tahliller temiz çıktı. Masaj randevusu alabilir miyim?',
    'Tive uma trombose na perna há anos, recuperei totalmente. Posso fazer drenagem?',
    'Letztes Jahr Brustschmerzen, EKG unauffällig, alles war gut. Darf ich eine Lymphdrainage buchen?',
  ])('"%s" gives no emergency advice', (text) => {
    expect(otherKind(text)).not.toBe('emergency');
  });

  it.each([
    'me hicieron pruebas la semana pasada y salió negativo, pero ahora tengo un dolor muy fuerte en el pecho y no puedo respirar',
    "il a bien récupéré de son opération mais maintenant j'ai une douleur dans la poitrine qui serre",
    'era tutto a posto ma ora ho un forte dolore al petto e sudo freddo',
    'Tahliller temiz çıktı ama şimdi göğsümde çok kötü bir ağrı var',
  ])('"%s" still gets emergency advice', (text) => {
    expect(otherKind(text)).toBe('emergency');
  });
});
