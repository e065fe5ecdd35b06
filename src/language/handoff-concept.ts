import { z } from 'zod';
import { anyOf, RegexSource } from '../content/content-file';

/**
 * A request for a person read by concept, not by phrase (round 16, issue 12 §2). The phrase list of
 * routing.yaml `handoffRequests` caught its tuners' wordings and missed about one new author's request in five:
 * each round added the phrasings a read set showed, and the next set used others. Here a clause asks for a person
 * when it has the three parts every such request has, in any words and any order:
 *   a request  (an ask/want/need/can-I verb, a "please", an imperative, "is anyone free to", "any chance")
 *   + a person of ours (person, human, someone, staff, team, therapist, receptionist, manager, owner, colleague…)
 *   + a contact act (talk, speak, chat, call, ring, ping, reach, get hold of, a word, a shout…),
 * or a request plus a contact act aimed at the writer ("could you give me a shout", "ring me back").
 * Round 40 (und40a): two more shapes need no contact act: a person named as a human against the machine (`realPeople`),
 * with a request, and a clause that is nothing but one of ours named (`summons`).
 * A clause that asks ABOUT the team or about what one should do ("does the therapist talk during the session",
 * "should I tell my therapist", "will I need someone to drive me") is not a request (`notRequests`).
 */
const Patterns = z.array(RegexSource).min(1);

export const HandoffConceptSchema = z
  .object({
    asks: Patterns,
    people: Patterns,
    contactActs: Patterns,
    contactMe: Patterns,
    notRequests: Patterns,
    /**
     * Round 40 (und40a, batch 35 read): a person named as a human against the machine ("a real person", "an actual worker",
     * "a human", "not this automatic thing"). With a request, nothing else is needed: whatever it is wanted for ("could a
     * real person just sort it", "need a real human to explain the invoice", "I'll wait for a human"), only one of ours can
     * be it. Before, such a request needed a verb of contact too and was declined or read as a question.
     */
    realPeople: Patterns.optional(),
    /**
     * Round 40 (und40a, batch 35 read): a clause that is nothing but one of ours named, a summons ("enough. staff.",
     * "useless. a human please"). Anchored to the clause's start and end; read without a request word, as the name is
     * the request. The phrase list read such a summons only as the whole message.
     */
    summons: Patterns.optional(),
  })
  .strict();
export type HandoffConceptContent = z.infer<typeof HandoffConceptSchema>;

/** Clauses: a sentence's end, a semicolon, or a "but" starts a new one ("not being rude but I want a person"). */
const CLAUSE_BREAK = /[.!?;\n]+\s*|\s+but\s+/;

export class HandoffConcept {
  private constructor(
    private readonly asks: RegExp,
    private readonly people: RegExp,
    private readonly contactActs: RegExp,
    private readonly contactMe: RegExp,
    private readonly notRequests: RegExp,
    private readonly realPeople: RegExp | undefined,
    private readonly summons: RegExp | undefined,
  ) {}

  static fromContent(content: HandoffConceptContent): HandoffConcept {
    return new HandoffConcept(
      anyOf(content.asks),
      anyOf(content.people),
      anyOf(content.contactActs),
      anyOf(content.contactMe),
      anyOf(content.notRequests),
      content.realPeople ? anyOf(content.realPeople) : undefined,
      content.summons ? new RegExp(`^(?:${content.summons.join('|')})$`, 'i') : undefined,
    );
  }

  /** The message names a person or an act of contact anywhere (round 33): what a request for a person cannot do without. */
  namesPersonOrContact(plain: string): boolean {
    return this.people.test(plain) || this.contactActs.test(plain) || this.contactMe.test(plain);
  }

  /** True when one clause of the (normalized, lower-case) message asks for a person of ours. */
  test(plain: string): boolean {
    return plain.split(CLAUSE_BREAK).some((clause) => this.clauseAsks(clause));
  }

  private clauseAsks(clause: string): boolean {
    if (this.summons?.test(clause.trim().replace(/[\s,:-]+$/, '')) ?? false) return true;
    if (!this.asks.test(clause) || this.notRequests.test(clause)) return false;
    if (this.contactMe.test(clause)) return true;
    if (this.realPeople?.test(clause) ?? false) return true;
    return this.people.test(clause) && this.contactActs.test(clause);
  }
}
