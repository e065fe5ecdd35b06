import { messageRouter } from '../helpers/dialog-deps';
import { MISLEADING_READINGS, read, routesUnder, sameUnder } from '../helpers/router-readings';

/**
 * Round 28 (pers28, issue 12 §1 and §3): the personal requests and out-of-scope requests batch 24 missed, fixed by cause
 * and proved on wordings written for this test (none from a batch, in other voices than the batch's). Each message is
 * routed under the classifier readings that misled the router before.
 */
const router = messageRouter();
const readings = MISLEADING_READINGS;
const routes = routesUnder(router, readings);
const everywhere = sameUnder(readings);

describe('a personal request reaches the health check whatever words carry it', () => {
  it.each([
    // "enough for me"
    'would the compression pump at home be enough for me, or do I still need proper sessions with you',
    'is one session a month enough for my mum, her ankles puff up by teatime',
    // a judgement "in my case", "given my history"
    'had a DVT back in 2015, is it even advisable in my case',
    'type 1 diabetic since I was a kid - would a lymph massage be safe given my history?',
    // "something I should do", in statement order
    'is a lymph facial something I ought to try after my jaw op',
    'honestly is a lymph facial something my daughter should think about before her wedding',
    'would a gentle drainage session be something I could benefit from with my fibro',
    // not knowing whether one needs it
    'unsure whether I need MLD or just a deep tissue, my calves are killing me after night shifts',
    'dunno if my dad really needs the lymph one or if a normal massage would do him',
    // someone close as the subject: would she be ok
    "wanted to surprise my mum with a session but she's had a pacemaker fitted, would she be ok?",
    'my boyfriend gets gout flare ups in his big toe, would he be alright',
    // a recommendation or advice asked for someone
    "looking for a recommendation for my brother, he's just had his appendix out and feels bloated",
    'after some pointers for my nan, her feet are like balloons by lunchtime',
    // "advise me" with one's story
    "advise me pls, post-op and my ankles won't go down",
    'Please advise me. Sixty two, arthritic knees and my feet swell every evening.',
    // allowed or able to have one of ours
    "would I be allowed a massage with you if I'm on rivaroxaban",
    'will we be able to have the facial together? my sister has eczema on her cheeks',
    // bringing someone close in, asked as whether it is ok
    'would it be ok to bring him in for a session, my husbands legs are like balloons since the chemo',
    "is it safe to bring my gran along for one? she's 91",
    // the choice left to us for a person described
    'pick the right one for a newbie with puffy knees',
    "choose something for a runner who's always stiff after races",
    // how often, chosen between two
    'think I should go weekly or every other week?',
    'reckon my mum would do better monthly or fortnightly',
    // a length chosen for one's first time
    'should i go for the 45 or the 60 for my first time',
    'the 30 or the 90 for a first timer?',
    // one of ours named with "the" after one's own story
    'got shin splints from running, could I book the leg one?',
    "I'm on HRT and get hot flushes, can I still have the full body drainage",
    // oneself stressed
    'how many goes would I personally need after a tummy tuck',
    'for me personally, how often should I come after my BBL',
    // the team able or willing to see or treat one
    "would your therapists be able to treat me, I've got MS",
    "would you be happy to see my dad, he's in a wheelchair",
    // the best of ours "for that", one's own story just told
    "bloating and puffy ankles every month, which treatment's best for that?",
    'my calves ache after long shifts - what would be best for this in your view',
    // "would I still / ever benefit"
    'I already do dry brushing every morning, would I still benefit from a session',
    'would I ever really benefit, honestly, with my ankles the way they are',
    // someone wanted to tell one whether it is right for one: the suggestion, not a person
    'i just want someone to tell me if lymph drainage is ok for me after my hysterectomy',
    'honestly i need somebody to tell me whether it would help my arm',
    // a nurse or carer of one's own asking for the person they look after
    "I'm a district nurse and one of my patients has heart failure and puffy ankles, would she be suitable for a session with you",
    'im a carer for an elderly gent with swollen legs, would he be ok with a lymph massage',
    // "would he / she benefit" (the cue lacked the space after the pronoun)
    "hubby's just had his gallbladder out and is still bloated, would he benefit from one of your sessions",
    "my daughter's got lipoedema, would she really benefit from the leg one",
    // a reason one should not have one of ours, named, with the story going on
    "is there any reason i shouldnt book the full body, i'm on the pill and get migraines",
    'any reason my dad cannot have the lymph massage given his blood pressure tablets',
    // told whether one is ok to come
    "any chance you could tell me if I'm ok to come, my doctor says I've got a leaky valve",
    'can you let me know whether my wife is safe to have it with her thyroid',
    // the team taking on someone close
    'would you be able to take on my mother? she had a stroke last year and her arm swells',
    'could your therapists be willing to take on my uncle, hes got parkinsons',
    // someone fine having one of ours, the story going on
    'would my gran be alright having one at 93?',
    'would I be ok with a session on the same day as my flu jab',
    // "that'd help my …"
    "could your lot fit me in for something that'd help my swollen knees after the op",
    "anything on your list that'll help my puffy face before the do on saturday",
    // "recommend" and "suggest" misspelt
    'wot wud u recomend 4 me, my ankles r massive after my flight',
    'what do u sugest for a lad with tree trunk calves',
    // someone close seeing one of the team for themselves
    'can my teenage son with swollen knees from football see one of your people',
    "could my auntie get in with one of your therapists? she's had a double mastectomy",
    // one of ours that suits "someone like that", the writer just described
    'i do a lot of long haul flights for work, is there a package that suits someone like that',
    "I'm a postie, walking 15 miles a day - any treatments that would be good for someone like me",
    // whether it would be a problem, after a condition and a wish to come
    "my mother in law wants to come but she's got COPD, would that be a problem",
    "I've got a pacemaker and I'd like to book the leg massage, is that an issue?",
    // the same words with one of ours named stay personal
    'which package would suit someone like me with lipoedema',
    'is facial mld worth it for someone like me',
    // someone close described as she or he in a clause of its own
    "taking my wife out for a birthday treat, she's 28 weeks pregnant, what would be best for her",
    "wanted to book my dad in for a treat but he has heart problems, what's good for him",
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });

  // Under the other readings: the classifier's get_recommendation alone already reads them as personal.
  const notPersonalReadings = [read('out_of_scope'), read('ask_question'), read('none', 1)];
  const routesNotPersonal = routesUnder(router, notPersonalReadings);
  it.each([
    // a cosmetic injection or a procedure before a visit: whether to keep it is the health check's judgement
    'laser hair removal on my legs monday, can I still come in for my appointment weds or should I move it',
    'had a mole removed yesterday with stitches, should i postpone my lymph session',
  ])('after a procedure, "should I move it" is personal: "%s"', (text) => {
    expect(routesNotPersonal(text)).toEqual(notPersonalReadings.map(() => 'personal'));
  });
});

describe('look-alikes of the new cues are not sent to the health check', () => {
  const notPersonalReadings = [read('out_of_scope'), read('ask_question'), read('none', 1)];
  const routesNotPersonal = routesUnder(router, notPersonalReadings);
  it.each([
    "After my aunt's surgery her arm swelled up. Is there something we could have done to prevent it?",
    'not sure if I need to bring a towel to my appointment',
    'would I be able to come in on Tuesday afternoon',
    'got a stinking cold, should I cancel my appointment tomorrow',
    'how many sessions do people usually need',
    'I had botox on Monday, can I do the facial this week?',
    'therapist here - can we still take a client with a history of DVT',
  ])('"%s"', (text) => {
    expect(routesNotPersonal(text)).not.toContain('personal');
  });

  it.each([
    'do I need to shave my legs before the appointment',
    'do i have to take my make up off before the facial',
  ])('a practical question about the visit is answered, not booked: "%s"', (text) => {
    // The classifier read such a question as a booking (its "appointment"), which starts the booking's health check.
    const practicalReadings = [read('book'), read('ask_question'), read('none', 1)];
    expect(routesUnder(router, practicalReadings)(text)).toEqual(practicalReadings.map(() => 'question'));
  });

  it.each([
    // the botox article answers whether a recent injection is a problem (its own general cue), as batch 23's authors labelled it
    'had botox on tuesday, is that a problem for my facial on friday or nah',
  ])('"%s"', (text) => {
    expect(routesNotPersonal(text)).not.toContain('personal');
  });
});

describe('a request for a person is still one', () => {
  it.each(['I want someone to call me', 'i need someone to tell me what time you open'])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('handoff'));
  });
});

describe('requests outside what we do are declined whatever words of ours they share', () => {
  it.each([
    // the land's drains
    'the drainage ditch along our lane overflows onto the road, who fixes that',
    'our road floods every time it rains because the drains are full of leaves, who do I ring',
    // "massage" said of something that is not a body
    'massage the numbers a bit before the audit would you',
    'can you massage my ego, nobody at work appreciates me',
    // compression of files
    'best compression settings for video files on discord',
    'zip vs 7z compression, which makes the smaller archive',
    // a school subject's exam
    'anatomy quiz on friday, how do lymph nodes filter blood',
    'physiology exam tmrw - whats the difference between lymph and plasma',
    // a thing named that suits "someone like me" or is worth it for one
    'which laptop would suit someone like me who edits videos',
    'is bitcoin worth it for someone like me',
    'recommend a compression app for my phone videos',
    // what everyday things cost elsewhere
    'how much is a flat white in Leeds now',
    'how much is a coffee in Cork these days',
    // selling or keeping one's car or house
    'should i sell my car and get an ebike instead',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('out_of_scope'));
  });
});
