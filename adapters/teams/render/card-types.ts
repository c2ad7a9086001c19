/** The slice of the Adaptive Card 1.5 schema this adapter emits (https://adaptivecards.io/explorer/). */

export type CardElement = Record<string, unknown> & { type: string };

export interface ExecuteAction {
  type: 'Action.Execute';
  title: string;
  verb: string;
  data: Record<string, unknown>;
  style?: 'positive' | 'destructive' | 'default';
  associatedInputs?: 'auto' | 'none';
}

export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

export type CardAction = ExecuteAction | OpenUrlAction;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: '1.5';
  body: CardElement[];
  actions?: CardAction[];
  msteams?: { width?: 'Full' };
}

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** Action.Execute verbs this adapter posts and handles (handlers/card-action.ts). */
export const Verb = {
  /** A Reply choice: data carries the core's {action, value}. */
  Choice: 'choice',
  /** A workflow step's inputs submitted. */
  Step: 'step',
  /** Thumbs up / down on an answer. */
  Feedback: 'feedback',
} as const;

/** An empty card with the fields every card needs. */
export function card(body: CardElement[], actions: CardAction[] = []): AdaptiveCard {
  const c: AdaptiveCard = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    msteams: { width: 'Full' },
  };
  if (actions.length) c.actions = actions;
  return c;
}

/** A wrapping TextBlock; markdown is the card subset (render/markdown.ts). */
export function textBlock(text: string, extra: Record<string, unknown> = {}): CardElement {
  return { type: 'TextBlock', text, wrap: true, ...extra };
}
