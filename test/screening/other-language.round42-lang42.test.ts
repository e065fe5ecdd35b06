import { expectNotUrgent as calm, expectUrgentIn as urgent } from '../helpers/other-language-reading';

// Round 42 (lang42, issue 11 part 6): messages in other languages, written for this test, not taken from batch 37. Self-harm
// told as done, in the past ("I cut myself again", "I hurt myself on purpose", "I cut my wrists"), was read only in the
// present or as a wish in most lexicons; a hurt to oneself on purpose, a cut to the wrists or veins, or a cut "again" now
// gets the crisis line in every language below, while a cut in the kitchen, at the barber's or by accident stays calm.
// Polish suicidal thoughts told with the adjective ("myśli samobójcze") join the noun ("samobójstwo").

describe('round 42 self-harm told as done gets the crisis line', () => {
  it.each([
    ['es', 'anoche me volví a cortar los brazos y no se lo he dicho a nadie'],
    ['es', 'perdón por escribir esto aquí pero me hice daño a propósito otra vez'],
    ['pt', 'ontem me cortei de novo, não consigo parar'],
    ['pt', 'eu me machuquei de propósito depois da briga'],
    ['fr', "hier soir je me suis encore coupée les bras, je n'ose pas le dire"],
    ['fr', "je me suis fait du mal volontairement cette nuit"],
    ['de', 'ich hab mich gestern wieder geschnitten, niemand weiß davon'],
    ['de', 'ich habe mich absichtlich verletzt nach dem Streit'],
    ['it', 'ieri sera mi sono tagliata di nuovo, non so con chi parlarne'],
    ['it', 'mi sono fatto del male apposta, scusate'],
    ['nl', 'ik heb mezelf gisteren weer gesneden en schaam me'],
    ['nl', 'heb mezelf met opzet pijn gedaan vannacht'],
    ['pl', 'wczoraj znowu się pocięłam i nikt nie wie'],
    ['pl', 'od miesiąca mam myśli samobójcze i nie śpię'],
    ['ru', 'опять порезала себе руки вчера, никто не знает'],
    ['uk', 'вчора знову порізала собі руки, нікому не кажу'],
    ['ja', 'また手首を切ってしまいました。誰にも言えません'],
    ['ar', 'جرحت نفسي عمداً مرة ثانية امبارح'],
  ] as const)('%s: "%s"', (code, text) => urgent(code, text, 'crisis'));
});

describe('round 42 a cut or a hurt by accident stays calm', () => {
  it.each([
    'me corté el dedo con el cuchillo cocinando otra vez, ¿puedo ir igual a la sesión?',
    'me lastimé la rodilla jugando al pádel, ¿el drenaje ayuda?',
    'cortei o dedo de novo com a faca fazendo o almoço, posso ir à sessão?',
    "je me suis coupé le doigt en cuisinant, est-ce que je peux venir quand même ?",
    'ich habe mich beim Zwiebelschneiden wieder geschnitten, kann ich trotzdem kommen?',
    'mi sono tagliato il dito con la carta di nuovo, posso venire lo stesso?',
    'ik heb me gesneden bij het koken, kan ik toch komen?',
    'skaleczyłam się nożem przy gotowaniu, czy mogę przyjść na zabieg?',
    'порезалась ножом, когда готовила салат, можно прийти на массаж?',
    'порізалася випадково, коли готувала вечерю, можна прийти?',
    '料理中に指を切ったのですが、予約はそのままで大丈夫ですか',
    'جرحت نفسي بالسكين في المطبخ، هل أقدر أحضر الجلسة؟',
  ])('"%s"', (text) => calm(text));
});

// A condition told as past and dated, then recovery or rehabilitation told with the present word ("and now she does
// physio", "ahora está recuperado"): the present word kept the old event now, in every language below. It is now read
// as well now (`wellNow` phrases, with word starts and one free word); a sign told now beside it still counts.
describe('round 42 a dated condition, then recovery or rehabilitation now, stays calm', () => {
  it.each([
    'mi suegro tuvo un infarto hace tres años y ahora va a fisioterapia dos veces por semana, ¿puede hacerse el drenaje?',
    'a minha avó teve um AVC no ano passado e agora já está recuperada, pode fazer drenagem?',
    "mon père a fait un infarctus il y a deux ans, maintenant il va bien, est-ce qu'il peut venir ?",
    'meine Tante hatte vor zwei Jahren einen Schlaganfall und ist jetzt in der Reha, darf sie zur Lymphdrainage?',
    "mio nonno ha avuto un infarto l'anno scorso, adesso fa riabilitazione in palestra",
    'moja mama miała udar dwa lata temu, teraz chodzi na rehabilitację i pyta o drenaż',
    'mijn moeder had vorig jaar een hartaanval en is nu hersteld, mag ze komen?',
    'annem geçen yıl felç geçirdi, şimdi fizik tedavi alıyor, masaj olur mu?',
    'у дедушки в прошлом году был инфаркт, сейчас проходит реабилитацию, можно ему массаж?',
  ])('"%s"', (text) => calm(text));
});

describe('round 42 a dated condition, then a sign told now, is still an emergency', () => {
  it.each([
    ['es', 'tuvo un ictus hace un año, ahora hace rehabilitación pero hoy no puede mover el brazo'],
    ['pt', 'meu pai teve AVC em 2020 e agora está com a boca torta'],
    ['ru', 'год назад был инсульт, сейчас опять онемела рука'],
  ] as const)('%s: "%s"', (code, text) => urgent(code, text));
});

// The round's reread: the stand-downs of "a cut again" named a knife, glass or a razor (the tools of self-harm as much as
// of the kitchen) and common words ("unas" is "some" as well as "nails", Dutch "haar" is "her", "ui" starts "uit"), so a
// cut told with its tool or beside those words was read as an accident. The cooking, the slip and the shave still stand it
// down (the block above). Round 19's German entry had the same stand-downs ("rasier" read the razor blade, "op" Opa).
describe('round 42 a cut told with its tool or beside a common word keeps the crisis line', () => {
  it.each([
    ['es', 'me corté las venas otra vez con un cuchillo, ya no aguanto'],
    ['es', 'me volví a cortar los brazos, unas cuantas veces esta semana'],
    ['pt', 'me cortei de novo com uma faca ontem à noite'],
    ['pt', 'me cortei os pulsos com um vidro, ninguém sabe'],
    ['fr', "je me suis encore coupée les poignets avec un bout de verre"],
    ['de', 'ich habe mich schon wieder mit der Rasierklinge geritzt, mein Arzt weiß nichts'],
    ['de', 'ich habe mir gestern mit der Rasierklinge den Arm aufgeritzt'],
    ['de', 'hab mir die Haut am Bein aufgeritzt, mein Opa darf das nie erfahren'],
    ['it', 'mi sono tagliata i polsi di nuovo con un vetro rotto'],
    ['nl', 'ik heb mezelf weer gesneden, ik zie geen uitweg meer'],
    ['nl', 'mijn zus heeft het gezien, ik heb mezelf weer gesneden maar ik heb haar niks gezegd'],
    ['ru', 'опять порезала себе руки стеклом, не могу остановиться'],
    ['uk', 'знову порізала собі руки склом, нікому не кажу'],
    ['ja', 'わざと包丁で腕を切った。もう無理'],
  ] as const)('%s: "%s"', (code, text) => urgent(code, text, 'crisis'));
});
