import { expectNotUrgent, expectUrgentIn } from '../helpers/other-language-reading';

// Round 52, second pass (lx52, dev set 52J read): Lithuanian, Latvian, Estonian, Albanian and Hungarian. Examples written for
// this test, none from a test set: each concept the pass added told in other words, and calm look-alikes that share its words.

describe('Lithuanian: chest pressing like a stone, "dusti", the other leg normal, a drain bleeding, a burden, a farewell with things given away', () => {
  it.each([
    ['mamai spaudžia krūtinę tarsi akmuo gulėtų, skausmas eina į kairę ranką', 'emergency'],
    ['sūnus pradėjo dusti ir negali pasakyti sakinio, lūpos pamėlynavo', 'emergency'],
    ['po skrydžio dešinė blauzda sutinusi ir karšta, o kairė normali', 'emergency'],
    ['tėčiui staiga nusviro pusė veido ir jis neaiškiai kalba', 'emergency'],
    ['po pilvo plastikos iš drenų bėga kraujas, tvarstis permirkęs', 'emergency'],
    ['nebenoriu būti našta šeimai, atsiprašau jūsų visų', 'crisis'],
    ['atsisveikinu su visais, išdalinau savo daiktus, daugiau manęs nematysit', 'crisis'],
    ['jaučiuosi tik našta visiems, be manęs jiems būtų lengviau', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('lt', text, kind));

  it.each([
    'mokesčiai yra tikra našta mūsų šeimai, ar turite nuolaidų?',
    'prieš metus po operacijos buvo dusulys, dabar viskas gerai, noriu užsiregistruoti masažui',
    'atsisveikinu su senuoju salonu, nuo kito mėnesio lankysiuosi pas jus, ačiū',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Latvian: an uneven racing heart with faintness, a thunderclap headache, planning nothing more with things given away', () => {
  it.each([
    ['tētim spiež krūtis un sāpes iet uz kreiso roku, viss nosvīdis', 'emergency'],
    ['dēls nevar paelpot, lūpas zilas', 'emergency'],
    ['pēc lidojuma kreisā kāja pietūkusi un karsta', 'emergency'],
    ['mammai pēkšņi nokārās mutes kakts un viņa nevar parunāt', 'emergency'],
    ['sievai pēkšņi šausmīgas galvassāpes, vemj un kakls stīvs', 'emergency'],
    ['vairs neko neplānoju, atdevu kaķi kaimiņiem, paldies par visu', 'crisis'],
    ['sirds sitas kā traka un neregulāri, man reibst galva', 'emergency'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('lv', text, kind));

  it.each([
    'pirms diviem gadiem man bija alerģija, uztūka lūpas, bet tagad viss ir labi',
    'šogad vairs neko neplānoju, atdošu dāvanu karti mammai',
    'lūdzu atceliet pierakstu, sāp galva pēc darba',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Estonian: a drain or wound bleeding through after an operation, skin gone black after a tummy tuck', () => {
  it.each([
    ['isal surub rinnus ja valu kiirgub vasakusse kätte', 'emergency'],
    ['pärast liposuktsiooni on haavast tulnud verd terve öö, side on läbi ligunenud', 'emergency'],
    ['pärast kõhuplastikat on nahk kõhul muutunud mustaks', 'emergency'],
    ['ema ei saa hingata, huuled on sinakad', 'emergency'],
    ['vanaisal vajus nägu ühele poole ja ta räägib segaselt', 'emergency'],
    ['mu poeg kukkus kokku ja ei reageeri', 'emergency'],
    ['ma tahan ennast ära tappa', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('et', text, kind));

  it.each([
    'see hind on mind täiesti tapnud, kas on soodustust?',
    'pärast trenni on jalad valusad, kas massaaž aitab?',
    'kolm aastat tagasi oli mul verejooks pärast operatsiooni, nüüd on kõik korras',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe("Albanian: the round's categories told in everyday words", () => {
  it.each([
    ['babait i dhemb gjoksi dhe dhimbja shkon në krahun e majtë', 'emergency'],
    ['nuk mund të marr frymë, buzët janë blu', 'emergency'],
    ["vajzës i janë fryrë buzët dhe gjuha pas arrave, s'mund të gëlltisë", 'emergency'],
    ['mamit iu shtrembërua fytyra papritur dhe nuk flet dot', 'emergency'],
    ['jam shtatzënë 33 javë dhe po më rrjedh gjak', 'emergency'],
    ['dua të vras veten, nuk dua më të jetoj', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('sq', text, kind));

  it.each([
    'Dua të ul fryrjen e fytyrës në mëngjes, çfarë trajtimi keni?',
    'para dy vjetësh pata gjakderdhje pas operacionit, tani jam mirë',
    'çmimet më vranë këtë muaj, a keni ulje?',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Hungarian: half the face drooping, a red hot lymphoedema limb with chills, a wound seeping after an operation', () => {
  it.each([
    ['apámnak szorít a mellkasa, és kisugárzik a bal karjába, izzad', 'emergency'],
    ['a fiam nem kap levegőt, kék az ajka', 'emergency'],
    ['anyukámnak hirtelen lelóg a fél arca és nem tud beszélni', 'emergency'],
    ['a liposzívás után a hasam kemény, mint a kő, és lázas vagyok', 'emergency'],
    ['terhes vagyok, 35. hét, hirtelen bedagadt az arcom és homályosan látok', 'emergency'],
    ['nem akarok tovább élni, meg akarok halni', 'crisis'],
    ['a limfödémás karom piros és forró, ráz a hideg', 'emergency'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('hu', text, kind));

  it.each([
    'Lipödémám van, a lábam mindig fáj este, kérek időpontot',
    'két éve volt egy műtétem, vérzett a seb, de most már jól vagyok',
    'ez az ár megöl, van kedvezmény?',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});
