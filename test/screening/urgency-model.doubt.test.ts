import { checkSafety, detectRedFlag, isUrgentVerdict, loadSafetyContent } from '../../src/screening';
import { fixedUrgencyModel, KNOWLEDGE_DIR, spa } from '../helpers/screening-test-content';

// Round 57: the urgency model may doubt the lexicon. A lexicon red flag on a message the model finds almost certainly
// calm (urgency-model.yaml `doubtBelow`) is no confident red flag: the person gets the safety net (emergency number "if
// this is happening now", a call button, a person) instead of the urgent answer and the 24-hour booking hold. Crisis
// flags, flags that needed the conversation's earlier context, and short messages are never doubted.

const content = loadSafetyContent(KNOWLEDGE_DIR, spa);
const verdictOf = (text: string, contexts: string[] = []) => checkSafety(text, content, contexts);

describe('a lexicon flag the model finds calm gets the safety net, not the emergency answer', () => {
  it.each([
    ['lol my bank account is having a seizure after Christmas, any January deals', 'collapse'],
    [
      'read a magazine piece about sepsis after tummy tucks, scary stuff. what are your prices for a facial',
      'spreading_infection',
    ],
    [
      "this heatwave is suffocating me, can't breathe in this flat. do you have aircon in the treatment rooms lol",
      'breathing_difficulty',
    ],
  ])('"%s"', (text, lexiconFlag) => {
    // The lexicon alone would answer it as an emergency: the doubt is what changes the answer.
    expect(detectRedFlag(text, content.redFlags)?.flagId).toBe(lexiconFlag);
    const verdict = verdictOf(text);
    expect(isUrgentVerdict(verdict)).toBe(false);
    expect(verdict).toMatchObject({ kind: 'symptom', doubtedFlag: lexiconFlag });
  });
});

describe('the emergencies issue 11 quotes are never doubted', () => {
  it.each([
    'my throat is closing up',
    'without warning my chest started hurting',
    'throat feels like its closing up and my tongue is huge help',
    "can't feel the left side of my face and my arm's gone weak, started about 20 mins ago",
    "I'm 34 weeks and my face and hands have suddenly swollen",
    'my lymphoedema arm is red and hot',
    'history of DVT, left calf swollen and sore',
    "I've never had chest pain like this before",
    'short of breath after my lipo',
  ])('"%s" gets the urgent answer', (text) => {
    expect(verdictOf(text).kind).toBe('red_flag');
  });
});

describe('what the model may not doubt', () => {
  // A model that would doubt every message, to show which rules hold whatever it says.
  const sceptical = { ...content, urgencyModel: fixedUrgencyModel('doubting') };

  it('a plain emergency is doubted by such a model (the mechanism these rules limit)', () => {
    expect(
      checkSafety('crushing chest pain going down my left arm and I am sweating', sceptical),
    ).toMatchObject({
      kind: 'symptom',
      doubtedFlag: 'chest_or_breathing',
    });
  });

  it('a crisis is never doubted: "I wanted to die" gets the crisis line even beside a joke', () => {
    const verdict = checkSafety(
      'saw my wedding photos and honestly wanted to die, can you fix my puffy face',
      sceptical,
    );
    expect(verdict.kind).toBe('red_flag');
    expect(verdict.kind === 'red_flag' && verdict.match.advice).toContain(spa.crisisLine);
  });

  it('a flag that needed the recent surgery told earlier is never doubted: the model reads one message', () => {
    const text = 'i felt puffed the whole way round the supermarket today and had to sit down';
    expect(detectRedFlag(text, content.redFlags)).toBeNull();
    expect(checkSafety(text, sceptical, ['recent_surgery'])).toMatchObject({
      kind: 'red_flag',
      match: { flagId: 'breathing_difficulty' },
    });
  });

  it('the trained model leaves messages under its word minimum to the lexicon', () => {
    expect(content.urgencyModel?.doubts('seizure lol')).toBe(false);
    expect(verdictOf('chest crushing help').kind).toBe('red_flag');
  });
});
