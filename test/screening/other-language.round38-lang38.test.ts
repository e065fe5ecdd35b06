import { expectNotUrgent as calm, expectUrgentIn as urgent } from '../helpers/other-language-reading';

// Round 38 (lang38, issue 11): messages in other languages, written for this test, not taken from batch 33. Each cause has its
// own wordings and guards (messages that must still alarm).

describe('round 38 a crisis told as dated and over is history (nl, ko, vi, sv, es)', () => {
  it.each([
    'Vijf jaar geleden had ik een zelfmoordpoging achter de rug, maar nu gaat het echt goed met me. Hebben jullie nog plek op zaterdag?',
    '예전에 자살 생각을 많이 했었는데 치료받고 좋아졌어요. 전신 마사지 예약 가능한가요?',
    'Hồi trước em từng muốn tự tử, bây giờ đã khỏe rồi, spa mình có gói thư giãn nào không ạ?',
    'För många år sedan försökte jag ta livet av mig, nu mår jag bra. Vad kostar en ansiktsbehandling?',
    'hace años tuve ideas de quitarme la vida, ya estoy perfectamente, ¿puedo pedir cita para el jueves?',
  ])('"%s" does not alarm', calm);
  it.each([
    // A present word keeps it now, a relapse word brings it back, and a date alone (no all-clear) says nothing of now.
    ['nl', 'Drie jaar geleden wilde ik niet meer leven en nu denk ik er weer aan'],
    ['ko', '작년에 자해를 시작했는데 멈출 수가 없어요'],
    ['ko', '몇 년 전에 자살 시도를 했었는데 요즘 다시 죽고 싶어요'],
    ['sv', 'För två år sedan ville jag ta livet av mig och nu vill jag det igen'],
  ] as const)('%s: "%s" is still a crisis', (code, text) => urgent(code, text, 'crisis'));
});

describe('round 38 Korean, Vietnamese and Swedish events told as long past are history, a present word keeps them now', () => {
  it.each([
    'Hồi bé em bị khó thở do hen suyễn, giờ không còn nữa. Em có thể đặt lịch massage mặt không?',
    'Lúc nhỏ tôi từng ngất xỉu ở trường, từ đó đến nay không sao cả, có cần báo trước không?',
    'Min mamma svimmade som barn ofta, är det ärftligt?',
    '어렸을 때 아나필락시스가 온 적이 있어요. 견과류 오일은 안 쓰시죠?',
  ])('"%s" does not alarm', calm);
  it.each([
    ['vi', 'Tôi bị sốc phản vệ 5 năm trước và bây giờ môi lại sưng lên, khó thở'],
    ['vi', 'Mấy năm trước bị huyết khối, hôm nay bắp chân sưng đỏ và đau'],
    ['sv', 'För två år sen fick jag en propp i benet och nu är vaden svullen och öm'],
    ['sv', 'Jag svimmade för 10 minuter sen och har ont i bröstet'],
  ] as const)('%s: "%s" alarms', (code, text) => urgent(code, text));
});

describe('round 38 black, tarry stools are a bleed inside in every lexicon language here; iron or bismuth stands them down', () => {
  it.each([
    ['es', 'desde anoche la caca me sale negra y pegajosa, tomo sintrom'],
    ['fr', 'ma mère a des selles noires comme du goudron depuis ce matin et elle est toute pâle'],
    ['pt', 'meu pai está com fezes pretas feito piche e sem forças'],
    ['de', 'mein Mann hat seit heute Teerstuhl und ist kreidebleich'],
    ['de', 'seit dem Frühstück ist der Stuhl schwarz und mir ist schwindelig'],
    ['it', 'mio nonno fa la cacca nera da due giorni e prende la cardioaspirina'],
    ['pl', 'tata ma smolisty stolec od rana i jest bardzo blady'],
    ['nl', 'mijn moeder heeft sinds vanmorgen zwarte, teerachtige ontlasting'],
    ['ru', 'у мамы со вчера чёрный кал и слабость, она пьёт варфарин'],
    ['uk', 'у тата дьогтеподібний кал і він дуже блідий'],
    ['tr', 'annemin dışkısı katran gibi siyah ve çok halsiz'],
  ] as const)('%s: "%s" alarms', (code, text) => urgent(code, text));
  it.each([
    'tomo pastillas de hierro y la caca me sale negra, ¿es normal?',
    'je prends du fer depuis un mois, mes selles sont noires, c’est normal ?',
    'seit ich Eisentabletten nehme, ist der Stuhl schwarz – ist das normal?',
    'habt ihr einen schwarzen Stuhl im Behandlungsraum oder nur Liegen?',
    'купила чёрный стул для прихожей, а у вас есть парковка?',
  ])('"%s" does not alarm', calm);
});

describe('round 38 Tagalog: someone not moving and not answering is an emergency; a phone unanswered is not', () => {
  it.each([
    'nakahandusay si tito sa banyo at hindi sumasagot kahit tinatawag namin',
    'bumagsak si lola sa sala, di na tumutugon at di gumagalaw',
  ])('"%s" alarms', (text) => urgent('tl', text));
  it('a call not picked up does not alarm', () => calm('hindi sumasagot si ate sa text ko, pwede bang i-resched ang booking niya?'));
});

describe('round 38 at the end of one’s strength, an unnamed act set for today or tonight is a crisis (es, fr, it, pt)', () => {
  it.each([
    ['es', 'no puedo más con esto, esta noche lo hago y ya'],
    ['fr', "je n'en peux plus, ce soir je le fais, pardon à tous"],
    ['it', 'non ce la faccio più, stasera lo faccio, scusatemi'],
    ['pt', 'não aguento mais, hoje eu vou fazer, desculpa'],
  ] as const)('%s: "%s" is a crisis', (code, text) => urgent(code, text, 'crisis'));
  it.each([
    'no puedo más con las piernas hinchadas, hoy lo voy a hacer: reservo la sesión',
    "je n'en peux plus de mes jambes gonflées, je vais le faire aujourd'hui, je réserve",
  ])('"%s" does not alarm', calm);
});
