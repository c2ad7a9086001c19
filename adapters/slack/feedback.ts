/** A 👍/👎 on an answer. */
export interface FeedbackVote {
  team: string;
  channel: string;
  /** ts of the answer message that was rated. */
  messageTs: string;
  user: string;
  vote: 'up' | 'down';
}

/** Where votes go: the Store. */
export interface FeedbackSink {
  record(vote: FeedbackVote): Promise<void>;
}
