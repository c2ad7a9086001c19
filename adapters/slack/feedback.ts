/** A 👍/👎 on an answer. */
export interface FeedbackVote {
  team: string;
  channel: string;
  /** ts of the answer message that was rated. */
  messageTs: string;
  user: string;
  vote: 'up' | 'down';
}

/** Where votes go: the Store when wired, else memory (so the adapter still works, e.g. in a console demo). */
export interface FeedbackSink {
  record(vote: FeedbackVote): Promise<void>;
}

/** Keeps the latest vote per user and message, in memory, bounded. */
export function memoryFeedback(max = 10_000): FeedbackSink & { votes(): FeedbackVote[] } {
  const votes = new Map<string, FeedbackVote>();
  return {
    async record(vote) {
      const key = [vote.team, vote.channel, vote.messageTs, vote.user].join('\u0000');
      votes.delete(key);
      votes.set(key, vote);
      while (votes.size > max) votes.delete(votes.keys().next().value as string);
    },
    votes: () => [...votes.values()],
  };
}
