import type { Citation, TurnOptions } from '../turn.ts';

/** A question as the answering pipeline sees it. */
export interface AnswerRequest {
  question: string;
  /** Where the question was asked: drives sensitivity routing (SENSITIVE_CHANNELS). */
  channel?: string;
  /** Earlier turns of the thread, oldest first, for follow-ups. */
  history?: { role: 'user' | 'bot'; text: string }[];
}

/** The answer contract; `ask --json` prints exactly these public fields. */
export interface AnswerResult {
  answered: boolean;
  answer: string;
  citations: Citation[];
  /** In [0, 1]. */
  confidence: number;
  mode: 'extractive' | 'model';
  /** The model provider that wrote the answer, when mode is "model". */
  provider?: string;
  /** One-line notes for the user (model unavailable, personal data redacted, ...). */
  notes?: string[];
  /**
   * Named things the question asks about that the knowledge base does not hold ("Claude Sonnet 4.6"); empty when
   * everything named is covered. The answer then opens by saying so.
   */
  unknown?: string[];
  /** The verdict that leads a yes/no or should-we answer, when the cards settle it. */
  verdict?: string;
  /** When not answered: the nearest topics in the knowledge base. */
  closestTopics?: { id: string; title: string }[];
  /**
   * Declined because the message tries to steer the bot (prompt injection): nothing else, not even a recommendation
   * read from the situation the message describes, may answer it instead.
   */
  steered?: true;
  /**
   * Declined as about something other than buying AI ("what gpu for my son's gaming pc, budget £500?"): no
   * recommendation read from the situation it seems to describe answers it either.
   */
  offTopic?: true;
  /**
   * The verdict is a sum on the asker's own figures (a bill, GPU-hours, a fine cap): it answers what was asked, and a
   * deployment recommendation read from the same message does not take its place.
   */
  figured?: true;
  /**
   * The verdict picks one of the two options the message weighs (a card's choice verdict: "…through the vendor's API
   * or take open weights?" -> "Tune an open-weight model yourselves, usually: …"): it answers the choice asked, and a
   * deployment recommendation read from the same message does not take its place either.
   */
  chosen?: true;
  /**
   * The asker asked for the answer laid out as a list ("bullets pls", "one line each"): each sentence is shown as an
   * item, and a sentence numbering its own items ("(1) data use: …; (2) …") as those items.
   */
  listed?: true;
}

/** Answers questions from the knowledge base (extractive by default; a chat model when configured). */
export interface Answerer {
  answer(request: AnswerRequest, options?: TurnOptions): Promise<AnswerResult>;
}
