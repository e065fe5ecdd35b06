import {
  type UnansweredQuestion,
  type UnansweredQuestionRepository,
  normaliseQuestion,
} from '../kb/unanswered-questions';

export class MemoryUnansweredQuestions implements UnansweredQuestionRepository {
  private readonly byText = new Map<string, UnansweredQuestion>();

  async record(redactedText: string, at: Date): Promise<void> {
    const text = normaliseQuestion(redactedText);
    if (!text) return;
    const existing = this.byText.get(text);
    if (existing) {
      existing.count++;
      existing.lastAskedAt = at;
    } else {
      this.byText.set(text, { text, count: 1, firstAskedAt: at, lastAskedAt: at });
    }
  }

  async list(limit = 100): Promise<UnansweredQuestion[]> {
    return [...this.byText.values()]
      .sort((a, b) => b.count - a.count || b.lastAskedAt.getTime() - a.lastAskedAt.getTime())
      .slice(0, limit)
      .map((q) => ({ ...q }));
  }

  async deleteOlderThan(before: Date): Promise<number> {
    let removed = 0;
    for (const [key, q] of this.byText) {
      if (q.lastAskedAt < before) {
        this.byText.delete(key);
        removed++;
      }
    }
    return removed;
  }
}
