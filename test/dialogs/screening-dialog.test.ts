import { DialogTestClient } from 'botbuilder-testing';
import { ScreeningDialog } from '../../dialogs/screening-dialog';
import { passagesOf } from '../../src/kb';
import {
  channelRendering,
  dialogDependencies,
  messages,
  realQuestionAnswering,
} from '../helpers/dialog-deps';
import {
  answerAll,
  answerNoUntil,
  buttons,
  conversation,
  FIRST_QUESTION,
  questionAsked,
  RETENTION_DAYS,
  replyOf,
  SERVICE_TEXTS,
  screeningContent,
  screeningQuestion,
  screeningSetup,
  serviceName,
  startScreening,
  type TestReply,
  VALID_DAYS,
  withoutProgress,
} from '../helpers/screening';

const { outcomes, clinicians } = screeningContent;
const question = (id: string) => screeningQuestion(id).text;
const consent = messages.text('screening_consent', { validDays: VALID_DAYS, retentionDays: RETENTION_DAYS });
const YES_NO_NOT_SURE = [
  messages.text('choice_yes'),
  messages.text('choice_no'),
  messages.text('choice_not_sure'),
];
const serviceNames = SERVICE_TEXTS;
/** The first question without its progress line. */
const FIRST = withoutProgress(FIRST_QUESTION);
/** The buttons of a choice question: its options (the "none" option as "None of these"), then "Not sure". */
const choiceButtons = (id: string) => {
  const q = screeningQuestion(id);
  if (q.type !== 'choice') throw new Error(`${id} is not a choice question`);
  return [
    ...q.options.filter((o) => o.id !== q.noneMeans).map((o) => o.label),
    messages.text('choice_none_of_these'),
    messages.text('choice_not_sure'),
  ];
};
/** Reply texts, without the progress line above each question (tested on its own below). */
const questionOf = (replies: readonly TestReply[]) => questionAsked(replies);
const texts = (replies: readonly TestReply[]) => replies.map((r) => withoutProgress(String(r.text ?? '')));

describe('the health check: consent', () => {
  it('asks for consent first: why, that answers are health information, how long they are kept, how to delete them', async () => {
    const chat = await conversation();
    const replies = await chat.say('recommend me something');
    expect(texts(replies)).toEqual([messages.text('gate_no_screening'), consent]);
    expect(consent).toContain(String(VALID_DAYS));
    expect(consent).toContain('delete my data');
    expect(buttons(replies.at(-1))).toEqual([messages.text('choice_yes'), messages.text('choice_no')]);
  });

  it('without consent offers general information only, keeps nothing, and suggests nothing', async () => {
    const chat = await conversation();
    await chat.say('which package should I book?');
    const replies = await chat.say('no');
    expect(texts(replies)).toEqual([messages.text('screening_consent_declined')]);
    expect(await chat.records.listFor({ conversationId: 'Convo1' })).toEqual([]);
    const answer = await chat.say('what is lymphatic drainage?');
    expect(replyOf(answer[0])?.kind).toBe('answer');
  });

  it('takes "ok" as agreement, and treats two unclear replies as no consent', async () => {
    const chat = await conversation();
    await chat.say('recommend me something');
    expect(texts(await chat.say('ok'))).toEqual([withoutProgress(FIRST_QUESTION)]);

    const other = await conversation();
    await other.say('recommend me something');
    const options = [messages.text('choice_yes'), messages.text('choice_no')].join(', ');
    // Consent is shown in full once; asked again, it is one short line.
    expect(texts(await other.say('purple'))).toEqual([
      messages.text('screening_unclear', { options }),
      messages.text('screening_consent_again'),
    ]);
    expect(texts(await other.say('purple'))).toEqual([messages.text('screening_consent_declined')]);
  });
});

describe('the health check: one question at a time', () => {
  it('asks the questions in order, one per message: each emergency sign as a button, "None of these" and "Not sure"', async () => {
    const chat = await conversation();
    await chat.say('recommend me something');
    const first = await chat.say('yes');
    expect(texts(first)).toEqual([question(screeningContent.questions[0]!.id)]);
    expect(buttons(first[0])).toEqual(choiceButtons('red_flag_symptoms'));
    expect(texts(await chat.say(messages.text('choice_none_of_these')))).toEqual([
      screeningContent.questions[1]!.text,
    ]);
    const third = await chat.say('Face and neck');
    expect(texts(third)).toEqual([question('unwell_now')]);
    expect(buttons(third[0])).toEqual(YES_NO_NOT_SURE);
  });

  it('shows "Question n of about m" above each question, counting only what is still relevant', async () => {
    const chat = await conversation();
    await chat.say('recommend me something');
    const total = (await import('../../src/screening')).pendingQuestions({}, screeningContent).length;
    expect((await chat.say('yes'))[0]?.text).toBe(
      `${messages.text('screening_progress', { number: 1, total })}\n\n${FIRST}`,
    );
    const second = String((await chat.say('no'))[0]?.text);
    expect(second.startsWith(messages.text('screening_progress', { number: 2, total }))).toBe(true);
    // Face and neck only: once the other cautions apply, the tummy question is skipped, so the expected
    // number is one lower than for someone who wants both.
    const both = await conversation();
    await both.say('recommend me something');
    await both.say('yes');
    await both.say('no');
    const progressOf = (text: unknown) => String(text).split('\n')[0] ?? '';
    await chat.say('Face and neck');
    await both.say('All of it, face and body');
    await answerNoUntil(chat, 'other_cautions');
    await answerNoUntil(both, 'other_cautions');
    const faceOnly = progressOf((await chat.say('yes'))[0]?.text);
    const everything = progressOf((await both.say('yes'))[0]?.text);
    const totalOf = (line: string) => Number(line.match(/(\d+)\D*$/)?.[1]);
    expect(totalOf(faceOnly)).toBe(totalOf(everything) - 1);
  });

  it('offers a choice question’s options as buttons', async () => {
    const chat = await startScreening();
    await answerNoUntil(chat, 'conditions_any');
    await chat.say('yes');
    const replies = await chat.say('yes');
    const choice = screeningQuestion('heart_condition_type');
    expect(texts(replies)).toEqual([choice.text]);
    expect(choice.type).toBe('choice');
    expect(buttons(replies[0])).toEqual(choiceButtons('heart_condition_type'));
  });

  it('understands free text: "had lipo 2 weeks ago" answers the surgery questions at once and skips them', async () => {
    const chat = await startScreening();
    await answerNoUntil(chat, 'recent_surgery');
    expect(texts(await chat.say('had lipo 2 weeks ago'))).toEqual([question('surgeon_clearance')]);
  });

  it('reads a number in words or with a unit', async () => {
    const chat = await startScreening();
    await answerNoUntil(chat, 'recent_surgery');
    expect(texts(await chat.say('yes'))).toEqual([question('surgery_type')]);
    expect(texts(await chat.say('Tummy tuck (abdominoplasty)'))).toEqual([question('surgery_days')]);
    expect(texts(await chat.say('about three weeks'))).toEqual([question('surgeon_clearance')]);
  });

  it('asks again with the options when a reply is unclear, then notes "not sure" and says how to change it', async () => {
    const chat = await startScreening();
    await answerNoUntil(chat, 'clot_now');
    const again = await chat.say('purple monkey');
    expect(texts(again)).toEqual([messages.text('screening_unclear_offer'), question('clot_now')]);
    expect(buttons(again[1])).toEqual([...YES_NO_NOT_SURE, messages.text('choice_talk_to_human')]);
    // Never a third time: the second unclear reply is noted as "not sure" (a possible clot: not now),
    // and the check goes on with what could still make it urgent (a pregnancy: the pre-eclampsia signs).
    expect(texts(await chat.say('purple monkey'))).toEqual([
      messages.text('screening_assumed_not_sure'),
      question('surgery_or_pregnancy'),
    ]);
    expect(texts(await chat.say('back'))).toEqual([question('clot_now')]);
  });

  it('asks for a number again in words a person understands', async () => {
    const chat = await startScreening();
    await answerNoUntil(chat, 'age');
    expect(texts(await chat.say('purple monkey'))).toEqual([
      messages.text('screening_unclear_number'),
      question('age'),
    ]);
  });

  it('answers "why do you ask?" with the question’s reason, then asks it again', async () => {
    const chat = await startScreening();
    await answerNoUntil(chat, 'clot_now');
    const clot = screeningQuestion('clot_now');
    expect(texts(await chat.say('why do you ask?'))).toEqual([clot.help, clot.text]);
    expect(texts(await chat.say('why'))).toEqual([clot.help, clot.text]);
    expect(texts(await chat.say("what's this for?"))).toEqual([clot.help, clot.text]);
  });

  it('"back" goes to the previous question and forgets its answer', async () => {
    const chat = await startScreening();
    expect(texts(await chat.say('no'))).toEqual([question('treatment_area')]);
    expect(texts(await chat.say('back'))).toEqual([FIRST]);
    // The earlier "no" is gone: "not sure" to the symptom question now ends the check as urgent.
    const replies = await chat.say('not sure');
    expect(replyOf(replies[0])?.kind).toBe('urgent');
  });

  it('"back" also undoes what a free-text answer inferred', async () => {
    const chat = await startScreening();
    await answerNoUntil(chat, 'recent_surgery');
    await chat.say('had lipo 2 weeks ago');
    expect(texts(await chat.say('back'))).toEqual([question('recent_surgery')]);
    expect(texts(await chat.say('no'))).toEqual([question('pregnant')]);
  });

  it('says so when there is nothing to go back to', async () => {
    const chat = await startScreening();
    expect(texts(await chat.say('back'))).toEqual([messages.text('screening_back_first'), FIRST]);
  });
});

describe('the health check: other things said in the middle', () => {
  it('answers a knowledge question, then asks the same question again', async () => {
    const chat = await startScreening();
    await answerNoUntil(chat, 'clot_now');
    const hurt = realQuestionAnswering().articles.get('does-it-hurt')!;
    const replies = await chat.say('does lymphatic drainage hurt?');
    expect(replies[0]?.text).toContain(passagesOf(hurt)[0]!);
    expect(texts(replies).slice(1)).toEqual([messages.text('screening_resume'), question('clot_now')]);
    expect(texts(await chat.say('no'))).toEqual([question('infection_now')]);
  });

  it('takes a question that names an option as a question, not as the answer', async () => {
    const chat = await startScreening();
    await answerNoUntil(chat, 'conditions_any');
    expect(texts(await chat.say('yes'))).toEqual([question('heart_condition')]);
    expect(texts(await chat.say('no'))).toEqual([question('kidney_disease')]);
    expect(texts(await chat.say('yes'))).toEqual([question('kidney_status')]);
    const replies = await chat.say('what is dialysis?');
    expect(texts(replies).slice(-2)).toEqual([messages.text('screening_resume'), question('kidney_status')]);
  });

  it('asks to finish first when asked for a recommendation in the middle', async () => {
    const chat = await startScreening();
    expect(texts(await chat.say('which package should I book?'))).toEqual([
      messages.text('screening_finish_first'),
      FIRST,
    ]);
  });

  it('takes "no", "not sure" and numbers as answers, never as "cancel"', async () => {
    const chat = await startScreening();
    expect(texts(await chat.say('no'))).toEqual([question('treatment_area')]);
    expect(texts(await chat.say('no'))).toEqual([question('unwell_now')]);
    expect(texts(await chat.say('yes'))).toEqual([question('clot_now')]);
    expect(texts(await chat.say('nope'))).toEqual([question('infection_now')]);
    // After "I don't know" about an infection the outcome is "not now", so only questions that could
    // still make it urgent are asked (a pregnancy leads to the pre-eclampsia signs).
    expect(texts(await chat.say("I don't know"))).toEqual([question('surgery_or_pregnancy')]);
    const ended = await answerAll(chat, await chat.say('no'));
    expect(texts(ended)).not.toContain(messages.text('cancelled'));
    // "I don't know" about an infection counts as maybe: the outcome waits, so nothing is suggested.
    expect(ended.some((r) => replyOf(r)?.kind === 'recommendation')).toBe(false);
  });

  it('shows help and asks the pending question again', async () => {
    const chat = await startScreening();
    expect(texts(await chat.say('help'))).toEqual([messages.text('help'), FIRST]);
  });

  it('"cancel" leaves the health check and keeps nothing of it', async () => {
    const chat = await startScreening();
    await chat.say('no');
    expect(await chat.storedConversation()).toContain('"steps"');
    expect(texts(await chat.say('cancel'))).toEqual([messages.text('cancelled')]);
    expect(await chat.storedConversation()).not.toContain('"steps"');
    expect(texts(await chat.say('no'))).not.toContain(question('infection_now'));
    expect(await chat.records.listFor({ conversationId: 'Convo1' })).toEqual([]);
  });

  it('"start over" starts the health check again from the first question, without asking consent again', async () => {
    const chat = await startScreening();
    await chat.say('no');
    await chat.say('no');
    expect(texts(await chat.say('start over'))).toEqual([messages.text('screening_restarted'), FIRST]);
    expect(texts(await chat.say('no'))).toEqual([question('treatment_area')]);
  });

  it('"delete my data" asks first; "no" goes back to the question, "yes" erases and ends the check', async () => {
    const chat = await startScreening();
    await chat.say('no');
    expect(texts(await chat.say('delete my data'))).toEqual([messages.text('delete_confirm')]);
    expect(texts(await chat.say('no'))).toEqual([
      messages.text('delete_kept'),
      messages.text('screening_resume'),
      question('treatment_area'),
    ]);
    await chat.say('delete my data');
    expect(texts(await chat.say('yes'))).toEqual([messages.text('delete_done')]);
    expect(await chat.storedConversation()).toBe('{}');
    expect(texts(await chat.say('no'))).not.toContain(question('infection_now'));
  });
});

describe('the health check: review before the result', () => {
  it('lists the answers briefly, and lets the person change one before the result', async () => {
    const chat = await startScreening();
    let replies = await chat.say('no');
    for (
      let turn = 0;
      turn < 40 && !buttons(replies.at(-1)).includes(messages.text('choice_review_confirm'));
      turn++
    )
      replies = await chat.say(questionOf(replies)?.type === 'number' ? '45' : 'no');
    const review = replies.at(-1)!;
    expect(review.text).toContain(messages.text('screening_review_intro'));
    expect(review.text).toContain(
      `${screeningQuestion('other_cautions').summary}: ${messages.text('choice_no')}`,
    );
    expect(review.text).toContain(`${screeningQuestion('age').summary}: 45`);
    expect(buttons(review)).toEqual([
      messages.text('choice_review_confirm'),
      messages.text('choice_review_change'),
    ]);
    expect(await chat.records.listFor({ conversationId: 'Convo1' })).toEqual([]);

    const pick = await chat.say(messages.text('choice_review_change'));
    expect(texts(pick)).toEqual([messages.text('screening_review_pick')]);
    expect(buttons(pick[0])).toContain(screeningQuestion('other_cautions').summary);
    expect(texts(await chat.say(screeningQuestion('other_cautions').summary))).toEqual([
      question('other_cautions'),
    ]);
    // A yes to the grouped question asks about each of its conditions, then shows the review again.
    expect(texts(await chat.say('yes'))).toEqual([question('blood_thinners')]);
    let again = await chat.say('yes');
    for (
      let turn = 0;
      turn < 10 && !buttons(again.at(-1)).includes(messages.text('choice_review_confirm'));
      turn++
    )
      again = await chat.say('no');
    expect(again.at(-1)?.text).toContain(
      `${screeningQuestion('blood_thinners').summary}: ${messages.text('choice_yes')}`,
    );
    const [outcome] = await chat.say(messages.text('choice_review_confirm'));
    expect(outcome?.text).toContain(outcomes.needs_clearance.title);
    expect(outcome?.text).toContain(
      screeningContent.rules.find((r) => r.id === 'blood_thinners_taken')!.reason,
    );
  });

  it('reads "None of these" on a choice question and "no" to the emergency signs as none', async () => {
    const chat = await startScreening();
    expect(texts(await chat.say('no'))).toEqual([question('treatment_area')]);
    expect(texts(await chat.say(messages.text('choice_none_of_these')))).toEqual([question('unwell_now')]);
  });
});

describe('the health check: answers read by meaning (issue 12)', () => {
  it('takes "no fever but I\'m on antibiotics" as a yes to the infection question', async () => {
    const chat = await startScreening();
    await answerNoUntil(chat, 'infection_now');
    await chat.say("no fever but I'm on antibiotics for a chest infection");
    const replies = await answerAll(chat, await chat.say('no'));
    expect(replies[0]?.text).toContain(
      screeningContent.rules.find((r) => r.id === 'infection_current')!.reason,
    );
  });

  it('does not loop on a reply that answers another question: lipoedema, not lymphoedema', async () => {
    const chat = await startScreening();
    await answerNoUntil(chat, 'swelling_any');
    expect(texts(await chat.say('yes'))).toEqual([question('lymphedema')]);
    // Not sure about lymphedema (counts as yes), and lipedema settled: the next question is the new-swelling one.
    expect(texts(await chat.say('not lymphoedema exactly - I have lipoedema stage 3'))).toEqual([
      question('swelling_new'),
    ]);
  });
});

describe('the health check: what is kept', () => {
  it('keeps answers only while it runs; at the end only the outcome record remains', async () => {
    const chat = await startScreening();
    const pending = await chat.say('no');
    expect(await chat.storedConversation()).toContain('red_flag_symptoms');
    await answerAll(chat, pending);
    const stored = await chat.storedConversation();
    expect(stored).not.toContain('red_flag_symptoms');
    expect(stored).not.toContain('"steps"');
    const [record] = await chat.records.listFor({ conversationId: 'Convo1' });
    expect(record).toMatchObject({ conversationId: 'Convo1', outcome: 'suitable', firedRules: [] });
    expect(Object.keys(record!)).not.toContain('answers');
  });
});

describe('the health check: outcomes', () => {
  it('suitable: says so, then suggests the services that suit and how to book', async () => {
    const chat = await startScreening();
    const replies = await answerAll(chat, [{ text: FIRST_QUESTION }]);
    expect(replies[0]?.text).toContain(outcomes.suitable.title);
    expect(replies[0]?.text).toContain(outcomes.suitable.next);
    const recommendation = replies.at(-1)!;
    expect(replyOf(recommendation)?.kind).toBe('recommendation');
    for (const id of outcomes.suitable.services) expect(recommendation.text).toContain(serviceName(id));
    expect(recommendation.text).toContain(messages.text('recommendation_how_to_book'));
  });

  it('needs clearance: the reasons, what to do next, a note for the clinician, and only the services still open', async () => {
    const chat = await startScreening();
    await answerNoUntil(chat, 'recent_surgery');
    const replies = await answerAll(chat, await chat.say('had a tummy tuck 3 weeks ago'), {
      surgeon_clearance: 'not sure',
    });
    const [outcome, note, recommendation] = replies;
    expect(outcome?.text).toContain(outcomes.needs_clearance.title);
    expect(outcome?.text).toContain(
      screeningContent.rules.find((r) => r.id === 'surgery_not_cleared')!.reason,
    );
    expect(outcome?.text).toContain(outcomes.needs_clearance.next);
    expect(note?.text).toContain(messages.text('screening_summary_intro', { clinician: clinicians.surgeon }));
    expect(note?.text).toContain(`For ${clinicians.surgeon}:`);
    expect(replyOf(recommendation)?.kind).toBe('recommendation');
    expect(recommendation?.text).toContain(serviceName('post-op-package'));
    expect(recommendation?.text).not.toContain(serviceName('mld-60'));
    // It must not read like "these suit you": book once the OK is in hand, bring it, the therapist checks it.
    expect(recommendation?.text).toContain(
      messages.text('recommendation_clearance_intro', { clinician: clinicians.surgeon }),
    );
    expect(recommendation?.text).not.toContain(messages.text('recommendation_intro'));
    expect(recommendation?.text).toContain(messages.text('recommendation_clearance_how'));
    // The front desk reference is stored with the record and shown with the outcome and the services.
    const [record] = await chat.records.listFor({ conversationId: 'Convo1' });
    expect(record?.clearanceCode).toMatch(/^CL-[0-9A-Z]{4}$/);
    const code = record!.clearanceCode!;
    expect(outcome?.text).toContain(messages.text('screening_clearance_code', { code }));
    expect(recommendation?.text).toContain(messages.text('recommendation_clearance_code', { code }));
  });

  it('not now: the reasons and what to do next, and no service at all', async () => {
    const chat = await startScreening();
    const replies = await answerAll(chat, [{ text: FIRST_QUESTION }], { unwell_now: 'yes', clot_now: 'yes' });
    // Then the offer of a clinician (the hand-off, dialogs/handoff-dialog.ts).
    expect(replies).toHaveLength(2);
    expect(replies[1]?.text).toBe(messages.text('handoff_referral_offer'));
    expect(replies[0]?.text).toContain(outcomes.not_now.title);
    expect(replies[0]?.text).toContain(screeningContent.rules.find((r) => r.id === 'clot_current')!.reason);
    expect(replies[0]?.text).toContain(outcomes.not_now.next);
    expect(replyOf(replies[0])?.kind).toBeUndefined();
    for (const name of serviceNames) expect(replies[0]?.text).not.toContain(name);
  });

  it('refer to a specialist: says a certified therapist is right and how to reach the team, books nothing', async () => {
    const chat = await startScreening();
    const replies = await answerAll(chat, [{ text: FIRST_QUESTION }], {
      swelling_any: 'yes',
      lymphedema: 'yes',
    });
    expect(replies).toHaveLength(2);
    expect(replies[1]?.text).toBe(messages.text('handoff_referral_offer'));
    expect(replies[0]?.text).toContain(outcomes.refer_specialist.title);
    expect(replies[0]?.text).toContain(outcomes.refer_specialist.next);
    expect(replies[0]?.text).toContain(messages.text('screening_refer_next_step'));
    expect(replyOf(replies[0])?.kind).toBeUndefined();
    for (const name of serviceNames) expect(replies[0]?.text).not.toContain(name);
  });

  it('urgent: the urgent advice and nothing else, and a safety hold', async () => {
    const chat = await startScreening();
    const replies = await chat.say('not sure');
    expect(replies).toHaveLength(1);
    expect(replyOf(replies[0])?.kind).toBe('urgent');
    expect(replies[0]?.text).toContain(outcomes.urgent.next);
    expect(buttons(replies[0])).toEqual([]);
    expect(await chat.safetyHoldSince()).toBe(chat.clock.now().toISOString());
    expect((await chat.records.latestFor({ conversationId: 'Convo1' }))?.outcome).toBe('urgent');
  });

  it('two clearances with no service in common: no suggestion, the team instead', async () => {
    const chat = await startScreening();
    await answerNoUntil(chat, 'conditions_any');
    await chat.say('yes');
    await answerNoUntil(chat, 'cancer');
    await chat.say('yes');
    await chat.say("I'm having treatment now");
    const replies = await answerAll(chat, await chat.say('had lipo 2 weeks ago'), {
      recent_surgery: 'yes',
      surgeon_clearance: 'no',
    });
    expect(replies.at(-1)?.text).toBe(messages.text('recommendation_unavailable'));
    expect(replies.some((r) => replyOf(r)?.kind === 'recommendation')).toBe(false);
  });
});

describe('ScreeningDialog on its own', () => {
  it('still honours help and cancel, and ends with its result', async () => {
    const deps = await dialogDependencies();
    const setup = screeningSetup();
    const client = new DialogTestClient(
      'test',
      new ScreeningDialog(deps, setup),
      undefined,
      [channelRendering()],
      deps.conversationState,
    );
    expect((await client.sendActivity('hello'))?.text).toBe(consent);
    expect((await client.sendActivity('help'))?.text).toBe(messages.text('help'));
    expect(client.getNextReply()?.text).toBe(messages.text('screening_consent_again'));
    await client.sendActivity('yes');
    expect((await client.sendActivity('cancel'))?.text).toBe(messages.text('cancelled'));

    const again = new DialogTestClient('test', new ScreeningDialog(deps, setup), undefined, [
      channelRendering(),
    ]);
    await again.sendActivity('hello');
    await again.sendActivity('yes');
    await again.sendActivity('not sure');
    expect(again.dialogTurnResult.result).toMatchObject({
      status: 'completed',
      result: { outcome: 'urgent' },
    });
  });
});
