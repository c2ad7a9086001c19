import { describe, expect, it } from 'vitest';
import { userCapVerdict } from '../../../bot/answer/user-cap-verdict.ts';

/** A licence's user threshold against the asker's users, over the real knowledge/data/prices.json. */
describe('userCapVerdict', () => {
  it('says no above the threshold, naming who grants the separate licence', () => {
    const v = userCapVerdict('is qwen2.5-72b ok for our consumer app? we have ~150m monthly users', 'yes-no', ['Qwen2.5-72B']);
    expect(v?.text).toBe('No, not under the Qwen License alone: at 150 million monthly active users you are above its threshold of 100 million monthly active users, so you need a separate licence from Alibaba.');
    expect(v).toMatchObject({ cardId: 'qwen-licences', ownCardSupport: true });
    expect(v?.url).toMatch(/huggingface\.co\/Qwen/);
  });

  it('says yes on size below it, and reads a family member as its family', () => {
    const v = userCapVerdict('llama 4 maverick in our b2c app, 3.5 million MAU, do we need a special licence?', 'yes-no', ['Llama 4 Maverick']);
    expect(v?.text).toBe('No: at 3.5 million monthly active users you are below the 700 million monthly active users above which the Llama 4 Community License requires a separate licence from Meta, though its other conditions still apply.');
    // Users not said to be monthly are users.
    expect(userCapVerdict('llama 3.1 for 800,000 users, fine?', 'yes-no', ['Llama 3.1'])?.text).toMatch(/^Yes on size: at 800,000 users you are below the 700 million monthly active users above which the Llama 3.1 Community License/);
  });

  it('gives each capped model\'s threshold against the users when several are set side by side', () => {
    expect(userCapVerdict("we'll be at ~250m MAU by next year. qwen2.5-72b vs llama 3.1 vs qwen3 - which of those would need a separate licence at that size?", 'comparison', ['Qwen2.5-72B', 'Llama 3.1', 'Qwen3'])?.text).toBe(
      'At 250 million monthly active users: Qwen2.5-72B (Qwen License) needs a separate licence from Alibaba, whose threshold is 100 million monthly active users; Llama 3.1 (Llama 3.1 Community License) does not yet need a separate licence from Meta, whose threshold is 700 million monthly active users.',
    );
    expect(userCapVerdict('llama 4 or qwen2.5-72b for 200m users, which is ok?', 'yes-no', ['Llama 4', 'Qwen2.5-72B'])?.text).toMatch(/^At 200 million users: Llama 4 .* does not yet need .*; Qwen2\.5-72B .* needs a separate licence from Alibaba/);
  });

  it("projects the asker's users at their stated growth for a licence that counts them while in use, and not for one counting on its release date", () => {
    // Written for this test: growth a year and a month, over a year and over months.
    expect(userCapVerdict('qwen2.5-72b behind our app, 90m monthly actives, growing 15% a year. do we hit the licence limit next year?', 'yes-no', ['Qwen2.5-72B'])?.text).toBe(
      'Yes: at 90 million monthly active users growing 15% a year you would have about 103.5 million monthly active users next year, above its threshold of 100 million monthly active users, so you would need a separate licence from Alibaba by then.',
    );
    expect(userCapVerdict('qwen2.5-72b, 40m mau, up 2% a month. licence ok in 18 months?', 'yes-no', ['Qwen2.5-72B'])?.text).toMatch(/^Yes on size: at 40 million monthly active users growing 2% a month you would have about 57\.\d+ million monthly active users in 18 months, still below the 100 million/);
    // The Llama 4 licence counts users on its release date: growth after it brings in no separate licence.
    expect(userCapVerdict('llama 4 app at 600m monthly active users, growing 40% a year. will we need a licence from meta next year?', 'yes-no', ['Llama 4'])?.text).toMatch(/^No: the Llama 4 Community License counts monthly active users on the Llama 4 release date, so growth after it does not bring in/);
    // With no time ahead asked, the users now are judged.
    expect(userCapVerdict('qwen2.5-72b, 90m monthly actives growing 15% a year. licence ok?', 'yes-no', ['Qwen2.5-72B'])?.text).toMatch(/^Yes on size: at 90 million monthly active users you are below/);
  });

  it('reads users typed joined to their figure ("a 40m-MAU app"), and a licence problem asked of them as a call', () => {
    expect(userCapVerdict("we've got a 40m-MAU consumer app and want to build on qwen2.5-72b. any licence problem?", 'other', ['Qwen2.5-72B'])?.text).toMatch(/^Yes on size: at 40 million monthly active users you are below the 100 million/);
  });

  it('says nothing without one user count, or for a model with no threshold', () => {
    expect(userCapVerdict('is llama 4 ok commercially?', 'yes-no', ['Llama 4'])).toBeUndefined();
    expect(userCapVerdict('we spend $2m a year, is llama 4 ok?', 'yes-no', ['Llama 4'])).toBeUndefined();
    expect(userCapVerdict('2m users today, 900m by 2030: is llama 4 ok?', 'yes-no', ['Llama 4'])).toBeUndefined();
    expect(userCapVerdict('qwen3 for 200m users, ok?', 'yes-no', ['Qwen3'])).toBeUndefined();
    // Forty seats are a team, not a platform's users.
    expect(userCapVerdict('llama 4 for our 40 users, ok?', 'yes-no', ['Llama 4'])).toBeUndefined();
    // Nor a question asking for something other than a call: what the licence requires of a 3k-user chatbot.
    expect(userCapVerdict('what do we have to do under the llama 4 licence? b2b chatbot for ~3k users', 'list', ['Llama 4'])).toBeUndefined();
    // A count naming the licence's own threshold ("a 700m user limit") is not the asker's users.
    expect(userCapVerdict('is it true that llama 3.1 has a 700m user limit?', 'yes-no', ['Llama 3.1'])).toBeUndefined();
    expect(userCapVerdict('heard llama 4 has the 700 million mau thing. ok for us?', 'yes-no', ['Llama 4'])).toBeUndefined();
    // "Llama 40B" is no Llama 4.
    expect(userCapVerdict('is a llama 40b ok for 900m users?', 'yes-no', ['Llama 40B'])).toBeUndefined();
  });

  it('answers whether a separate licence is needed with yes above the threshold and no below it', () => {
    expect(userCapVerdict('we run a consumer app with ~5m monthly users on llama 4. do we need a special licence from meta?', 'yes-no', ['Llama 4'])?.text).toMatch(/^No: at 5 million monthly active users you are below the 700 million monthly active users above which the Llama 4 Community License requires a separate licence from Meta, though its other conditions still apply\.$/);
    // Beyond a count at the threshold itself is above it.
    expect(userCapVerdict('can we use qwen2.5-72b above 100m users without a licence?', 'yes-no', ['Qwen2.5-72B'])?.text).toBe('No, not under the Qwen License alone: at more than 100 million users you are above its threshold of 100 million monthly active users, so you need a separate licence from Alibaba.');
    expect(userCapVerdict('does the 700m mau cap on llama 4 matter for us? we have 2m users', 'yes-no', ['Llama 4'])?.text).toMatch(/^No: at 2 million users you are below/);
    expect(userCapVerdict('does the qwen2.5-72b user cap catch us at 120 million MAU?', 'yes-no', ['Qwen2.5-72B'])?.text).toMatch(/^Yes: at 120 million monthly active users you are above its threshold of 100 million monthly active users, so you need a separate licence from Alibaba\.$/);
  });
});
