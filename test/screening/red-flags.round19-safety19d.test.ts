import { checkSafety, isUrgentVerdict, loadOtherLanguages } from '../../src/screening';
import { RedFlagWords } from '../../src/screening/red-flag-words';
import { KNOWLEDGE_DIR, redFlags, spa } from '../helpers/screening-test-content';

// Round 19 (safety19d): false alarms on words nobody had tuned on. A probe of 157 look-alikes and 60 urgent twins was
// written before reading any rule (/work/probe19d.yaml); its false alarms, by cause: doubled letters folded before
// stemming ("sitting" read as "site", "planning" as "plane", a long flight), an animal owned by someone else ("my
// neighbour's dog collapsed"), a faint put on, a first-aid course's topic list, asking whether a TV scene is realistic, a
// question whether a treatment helps a complaint, lips blue from a cold swim, choking on a price, and in other languages a
// price told as a heart attack and a past event told with "well now". Lexicon alone (the model left out).

const safety = { redFlags, otherLanguages: loadOtherLanguages(KNOWLEDGE_DIR, spa) };
const urgent = (text: string) => isUrgentVerdict(checkSafety(text, safety));

describe('look-alikes get no emergency advice', () => {
  it.each([
    'can lymph drainage help with chest tightness from anxiety or is that a no-go?',
    'I\'m a bit breathless from the dust at the building site, it goes when I\'m home, can I still book?',
    'my lips are blue from the cold swim this morning, ha, anyway can I book a body wrap?',
    'I\'m choking on how expensive London is, any deals for first-timers?',
    'I teach first aid; we cover chest pain, strokes and anaphylaxis. could I run a session for your therapists?',
    'watching Casualty last night, someone collapsed at a spa after a massage, does that really happen?',
    'my neighbour\'s dog collapsed in the heat yesterday, poor thing. anyway, do you have parking?',
    'my kid pretended to faint at the doctor\'s to get out of the injection, what a drama queen. anyway, family discounts?',
    'Mi padre tuvo un infarto en 2015, ahora está bien, ¿puede hacerse un drenaje?',
    'Ce prix m\'a donné une crise cardiaque, vous avez des promotions ?',
    'before I book MLD, can it dislodge a clot if I had a DVT years ago that\'s been treated?',
    'is it safe to have a lymphatic massage if you\'ve had a stroke in the past?',
    'can MLD trigger a heart attack in someone with high blood pressure? asking before I book my dad',
    'does drainage massage spread infection if you\'ve got cellulitis history? mine cleared up last year',
    'is lymphatic drainage ok in pregnancy? I\'m 20 weeks and my ankles are puffy by evening',
    'my flight to Toronto is 9 hours, what can I do on board so I don\'t get DVT?',
    'how soon after liposuction can I start lymphatic massage, and what complications should I watch for?',
    'is it normal to feel a bit lightheaded getting up off the table after a massage?',
    'does your spa have someone trained in first aid in case a client has an allergic reaction?',
    'my GP says I\'m at risk of a stroke because of my AF, does that rule out MLD?',
    'I have a pacemaker, is lymphatic drainage ok over the chest?',
    'abeg, is this drainage massage safe for someone with sickle cell? my sister wants to come',
    'my legs ache after standing all day at the salon, would drainage help?',
    'my ankles swell a bit in the hot weather, nothing major, would a session help?',
    'I\'ve got a cold and a bit of a cough, should I cancel tomorrow\'s appointment?',
    'my face is puffy in the mornings after salty takeaway, could drainage help?',
    'my hands go numb at night from carpal tunnel, could lymph drainage help that?',
    'my period cramps are bad this month, can I still come in for a massage?',
    'slight rash on my arms from the new washing powder, itchy but fine, can I still come?',
    'heart races a bit after my second coffee, is that going to be an issue on the table?',
    'a tiny bit of blood when I brush my teeth, dentist says gums, does that matter for MLD?',
    'I\'m 28 weeks pregnant and my feet are a bit swollen by the evening, midwife says normal, can I book MLD?',
    'feeling a bit tired and run down, would lymphatic drainage give me a boost?',
    'this heat is killing me, my feet are like balloons by lunchtime, can I book something?',
    'my tummy is bloated after Christmas dinner, can lymph drainage help?',
    'my feet are cold and a bit purple in winter, doctor says Raynaud\'s, can I have MLD?',
    'I had a funny turn at work last month, tests came back clear, can I book a session?',
    'had a bad allergic reaction to a wasp sting in the summer, fine now and I carry an EpiPen. any issue?',
    'my cellulitis was treated with antibiotics last month and has fully cleared, when can I restart drainage?',
    'had a nosebleed that wouldn\'t stop on Tuesday, got it cauterised, all good now',
    'I had the chest pain checked out and it was a pulled muscle, the ECG was normal',
    'I had sepsis two years ago after my op, I\'m fine now, does that affect whether I can have MLD?',
    'last year I was suicidal but I\'ve had therapy and I\'m in a good place now, I\'m treating myself to a spa day',
    'I had a pulmonary embolism in 2018 and did six months of blood thinners, all finished, can I have MLD now?',
    'there\'s a history of strokes in my family, should I tell the therapist?',
    'I was diagnosed with angina a few years ago, it\'s controlled with a spray, do you need to know for the form?',
    'I\'ve been epileptic since I was a kid, no seizures for 5 years, is MLD ok?',
    'my friend had a heart attack on a plane once, is that why they say move your legs?',
    'my dad had bypass surgery in 2010, he\'s fit as a fiddle now, could MLD help his ankles?',
    'I\'ve got puffy eyelids that make me look tired, would facial drainage help?',
    'can MLD get rid of cellulite on my thighs?',
    'my skin looks red and blotchy after my chemical peel, could a facial help it calm down?',
    'my jawline is puffy after Botox, any tips?',
    'my ankles look like tree trunks in these boots, would drainage slim them down?',
    'my boss is giving me a stroke with these deadlines, I need a massage badly',
    'this heatwave is killing me, can I book an evening slot?',
    'my heart stopped when I saw my husband booked me a spa day',
    'I could kill for a massage right now after the week I\'ve had',
    'this traffic is giving me chest pains lol, running 10 min late for my 2pm',
    'wahala dey o, my oga wan kill me with work, I need a proper massage this weekend',
    'the suspense is killing me, when do you open the new branch?',
    'your prices gave me palpitations, only joking, is there a student rate?',
    'my phone is on its last breath, I\'ll call you back to book',
    'we\'re a care home and some residents have heart failure and swollen legs, do you do home visits?',
    'read in the Daily Mail about a woman who died after a BBL in Turkey, scary stuff. do you do post-op care?',
    'my character in a novel has a stroke while having a massage, what would the therapist do? asking for research',
    'as a midwife I recommend MLD to mums with swollen legs after birth, do you take postnatal clients?',
    'I work in A&E and see loads of DVTs, I\'d love to refer patients after discharge',
    'the news said there\'s a heatwave warning, will you be open and is the room air conditioned?',
    'is it true that drinking water after MLD flushes toxins? my sister swears by it',
    'I\'m a GP in Mumbai and I\'d like to know your protocol for clients who have had a recent clot',
    'I\'m the carer for a man who had a stroke, his hand is always swollen, could you see him?',
    'my therapist said the anxiety attacks I had last winter were stress, I\'m much better, would massage help me relax?',
    'Me muero de ganas de probar el masaje facial, ¿tienen cita el sábado?',
    'Est-ce que le drainage lymphatique est risqué après une phlébite il y a dix ans ?',
    'Ist Lymphdrainage vor einem Langstreckenflug sinnvoll, um Thrombosen vorzubeugen?',
    'Meine Knöchel sind nach dem Sport etwas geschwollen, hilft eine Massage?',
    'Mia madre ha avuto un ictus anni fa, ora sta bene, può fare il linfodrenaggio?',
    'A drenagem linfática é segura depois de uma lipoaspiração há seis meses?',
    'Is lymfedrainage veilig als je vroeger een trombosebeen hebt gehad?',
    'Czy drenaż limfatyczny jest bezpieczny po zakrzepicy sprzed kilku lat?',
    'Mój tata miał zawał dziesięć lat temu, teraz czuje się dobrze, czy może przyjść na masaż?',
    'Sono morta di stanchezza dopo il matrimonio di mia sorella, avete posto domani?',
  ])('"%s"', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('their urgent twins still get urgent help', () => {
  it.each([
    'booked MLD for tomorrow but my left calf has gone hot and swollen since this morning and it hurts to walk on it',
    'just landed from Lagos, my right leg is swollen twice the size of the other and throbbing, started on the plane',
    'I\'m a physio and I\'m having crushing chest pain right now going into my jaw, sweating at my desk',
    'mate\'s just gone grey and clammy on the sofa clutching his chest, says it\'s like an elephant sat on him',
    'my aunty is sitting here and her chest is paining her badly since 20 minutes and her left arm is heavy, abeg what do we do',
    'watching the telly with my nan and her face has dropped on one side, she can\'t get her words out',
    'my husband suddenly can\'t lift his right arm and his speech is slurred, started ten minutes ago',
    'halfway through a massage my lips started swelling and my throat feels tight, I can hardly swallow',
    'my son ate a cashew at the party and now his tongue is swelling up and he\'s wheezing',
    'can\'t catch my breath sitting still, lips going blue, this came on in the last hour',
    'after my lipo on Monday I\'m suddenly so short of breath I can\'t finish a sentence',
    'the cut on my arm from the garden is now red streaks running up towards my armpit and I\'m shivering with a fever',
    'my lymphoedema leg has gone bright red and hot in a few hours and I\'m shaking with chills and feel confused',
    'my wife fainted in the kitchen and she\'s not waking up properly, just mumbling',
    'dad passed out in the shower and hit his head, he\'s confused and keeps being sick',
    'my toddler fell off the bunk bed onto his head and now he\'s very sleepy and vomited twice',
    'cut my hand on a broken glass and it\'s spurting, soaked three towels and it won\'t stop',
    'I\'m on warfarin and my nosebleed has gone on for over an hour, it\'s pouring',
    '34 weeks pregnant and I\'ve got a terrible headache with flashing lights and my face is puffy',
    'I\'m 30 weeks and bleeding heavily, bright red, and my tummy is rock hard',
    'I don\'t want to be here anymore, I\'ve got the tablets lined up on the table',
    'honestly I\'ve decided tonight\'s the night I end it all, just wanted to say thanks for the chats',
    'my sugar is 2.1 and I\'m shaking and sweating and can\'t think straight',
    'my 2 year old swallowed one of those little round batteries from the remote, just now',
    'my daughter drank some of the lavender massage oil from the bottle, she\'s coughing',
    'my 6 week old has a temperature of 38.4 and won\'t feed',
    'had my tummy tuck 4 days ago and now there\'s a foul smell from the wound, pus and I\'ve got a fever',
    'been working on the roof in the heat all day, now I\'ve stopped sweating, feel confused and my head is pounding',
    'I\'ve just been told the pain in my chest right now is probably nothing but it\'s getting worse and spreading to my back',
    'I had a clot in 2019 and now the same leg is swollen and red and hot again today',
    'we\'re watching Grey\'s Anatomy and my husband just went white and collapsed on the floor, he\'s not responding',
    'I\'m a nurse myself but I\'m the patient now: sudden worst headache of my life and a stiff neck',
    'sorry to bother you, it\'s probably nothing, but my chest has been tight for an hour and my left arm is numb',
    'I know I\'m being dramatic but my throat is closing after the new face cream, I can\'t breathe properly',
    'yaar my mother\'s one side of body went weak suddenly and she is not able to speak, what to do',
    'the rash on my little one doesn\'t go away when I press the glass on it and she\'s burning up',
    'after the BBL yesterday I feel like I\'m going to pass out and my heart is racing and I\'m breathless',
    'my calf has been killing me since the long bus ride from Delhi, it\'s swollen and warm now',
    'just took the whole packet of my sleeping pills, I don\'t know why I\'m telling a spa bot',
    'someone is banging on my door saying he\'ll kill me, I\'m hiding in the bathroom',
    'heater\'s been on all night and we all woke with headaches and feeling sick, the dog\'s sick too',
    'my boy is 8 and has sudden terrible pain in his testicle, started an hour ago, he\'s vomiting',
    'my pee has gone the colour of coke after that spin class and my muscles are agony',
    'my breast surgery was 3 days ago and now one side is hugely swollen and tight and getting bigger by the minute',
    'she\'s 36 weeks and the baby hasn\'t moved at all today',
    'the wheeze is so bad my inhaler isn\'t working at all and I can\'t talk',
    'Mi madre no puede hablar bien y tiene la boca torcida desde hace diez minutos',
    'Tengo un dolor muy fuerte en el pecho que me baja por el brazo izquierdo y estoy sudando',
    'J\'ai la gorge qui gonfle après le massage, je n\'arrive plus à respirer',
    'Mein Bein ist seit dem Flug dick, rot und heiß und tut sehr weh',
    'Mio padre è svenuto e non si sveglia, respira male',
    'Estou com falta de ar e dor no peito desde agora há pouco, não consigo respirar direito',
    'Nie chcę już żyć, mam przy sobie wszystkie tabletki',
    'Je saigne beaucoup depuis une heure, ça ne s\'arrête pas, je prends des anticoagulants',
    'Tengo 32 semanas de embarazo, un dolor de cabeza horrible y veo luces',
  ])('"%s"', (text) => {
    expect(urgent(text)).toBe(true);
  });
});

describe('a doubled consonant before -ing or -ed keeps the word apart', () => {
  const words = new RedFlagWords([]);
  const read = (text: string) => words.sentences(text)[0]!.join(' ');

  it('reads "sitting" apart from "site" and "sit", "planning" apart from "plane"', () => {
    expect(read('sitting')).not.toBe(read('site'));
    expect(read('sitting')).not.toBe(read('sit'));
    expect(read('planning')).not.toBe(read('plane'));
    expect(read('hopping')).not.toBe(read('hoping'));
  });

  it('still reads a suffix\'s forms as one word, and a doubled typo as the word', () => {
    expect(read('sitting')).toBe(read('sitted'));
    expect(read('swollen')).toBe(read('swolen'));
    expect(read('bleeding')).toBe(read('bleding'));
  });

  it('a planned wedding is no flight, a fitness class no fit, a building site no sitting', () => {
    expect(urgent("I'm planning my wedding and my calf is a bit sore")).toBe(false);
    expect(urgent("my dad had bypass surgery in 2010, he's fit as a fiddle now, could MLD help his ankles?")).toBe(false);
    expect(urgent('a bit breathless at the building site from the dust, fine at home')).toBe(false);
    expect(urgent("just got off a 10 hour flight and my left calf is sore")).toBe(true);
    expect(urgent('my husband is fitting on the floor and won\'t stop')).toBe(true);
    expect(urgent("I'm just sitting on the sofa and suddenly I'm breathless")).toBe(true);
  });

  it('a typo with the consonant once reads as the doubled word the lexicon knows ("geting worse", "hasnt stoped")', () => {
    const learned = new RedFlagWords([]);
    learned.learn([...learned.phrase('getting worse'), ...learned.phrase('stopped')]);
    const readLearned = (text: string) => learned.sentences(text)[0]!.join(' ');
    expect(readLearned('geting worse')).toBe(readLearned('getting worse'));
    expect(readLearned('stoped')).toBe(readLearned('stopped'));
    expect(readLearned('hoping')).not.toBe(readLearned('hopping'));
  });
});

describe('an animal or a thing is the subject until a clause turns to a person (round 19, second probe)', () => {
  it.each([
    "my aunt's budgie had a fit on Sunday and the vet has seen it, anyway can I book for Thursday?",
    "our neighbour's horse went down in the field this morning, the vet's with him, I'll be late",
    'my dog collapsed in the heat, poor girl, she is fine now, can I move my slot?',
    'Mi abuelo tuvo un infarto hace años y ahora está bien, ¿puede venir al drenaje?',
    'Il mio bambino ha fatto finta di svenire per non andare a scuola, che teatro',
  ])('"%s" gets no emergency advice', (text) => {
    expect(urgent(text)).toBe(false);
  });

  it.each([
    'my dog jumped up at me, I fell and hit my head and now I keep being sick and I feel confused',
    "my sister's cat scratched her yesterday and now her whole arm is red, hot and spreading and she has a fever",
    'Tuvo un infarto hace años y ahora tiene un dolor muy fuerte en el pecho',
  ])('"%s" still gets urgent help', (text) => {
    expect(urgent(text)).toBe(true);
  });
});
