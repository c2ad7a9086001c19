/**
 * Frontier reasoning: the work needs the strongest closed models (they lead open weights by 3-8 points on
 * reasoning). A need stated anywhere wins over routine work mentioned elsewhere ("mostly tagging, but the
 * contract analysis needs the best reasoning" needs frontier reasoning).
 */
import { cue, readFlag } from './flag.ts';
import type { Reading } from './reading.ts';
import type { Prepared } from './text.ts';

const YES = cue(
  [
    String.raw`frontier(?:[- ]level| models?| reasoning| capabilit\w+| performance)?|state[- ]of[- ]the[- ]art|sota|cutting[- ]edge|bleeding[- ]edge`,
    String.raw`(?:the )?(?:best|strongest|smartest|most capable|most advanced|most powerful|top|top[- ]tier|top[- ]end|highest[- ]end|leading) (?:possible |available )?(?:models?|reasoning|llms?|ai|quality|accuracy)`,
    String.raw`(?:complex|hard|advanced|deep|sophisticated|multi[- ]step|multistep|heavy|serious|strong|expert|nuanced|long[- ]chain|chain[- ]of[- ]thought|phd[- ]level|high[- ]stakes) (?:reasoning|analysis|problem[- ]solving|maths?|math|legal analysis)`,
    String.raw`reasoning[- ]heavy|heavy reasoning|(?:gpt-?5\S*|opus|claude opus|gemini 3\S*|o3|o1)[- ](?:level|class|quality|grade)|(?:can't|cannot) compromise on (?:quality|accuracy|reasoning)|(?:needs?|has) to be (?:really |very |extremely )?(?:smart|clever|accurate)`,
  ].join('|'),
);
const NO = cue(
  String.raw`(?:simple|basic|routine|straightforward|easy|light|lightweight|boring|mundane|low[- ]stakes|bread[- ]and[- ]butter) (?:tasks?|classification|summari[sz]ation|summaries|extraction|stuff|work|use cases?|jobs?|queries|questions|drafting|tagging|routing|q&a|faqs?)|good enough|nothing fancy|(?:small|cheap|smaller|cheaper|mid[- ]tier|open) models? (?:is|are|would be|will be|should be) (?:fine|enough|ok|okay|plenty)`,
);

export function readFrontier(p: Prepared): Reading<boolean> | undefined {
  return readFlag(p, { yes: YES, no: NO, prefer: true });
}
