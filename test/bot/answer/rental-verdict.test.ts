import { describe, expect, it } from 'vitest';
import { HOURS_A_MONTH, rentalVerdict } from '../../../bot/answer/rental-verdict.ts';
import { loadPrices } from '../../../workflows/decision/prices.ts';

/** GPU rental arithmetic with the asker's numbers, over the real knowledge/data/prices.json (`gpu_rental_usd_per_hour`). */
describe('rentalVerdict', () => {
  const price = (provider: string, gpu: string) => loadPrices().gpu_rental_usd_per_hour.find((r) => r.provider === provider && r.gpu === gpu)?.price ?? Number.NaN;

  it('lists the offers by the hour, cheapest first, under a top rate when one is asked', () => {
    expect(rentalVerdict('where can we rent an h100 for under $3/hr?')?.text).toBe(
      "H100 by the hour under $3 an hour, cheapest first: about $2.69 an hour for the H100 SXM on RunPod's secure cloud; about $2.86 an hour for the H100 PCIe on Lambda (its May 2026 list), a list price other sources dispute; the other two offers priced here cost more, before storage, data transfer and engineering time.",
    );
    expect(rentalVerdict('cheapest h100 rental?')?.text).toMatch(/^H100 by the hour, cheapest first: about \$2\.69 an hour for the H100 SXM on RunPod's secure cloud; .*; about \$3\.90 an hour for the H100 on an AWS P5 instance, before/);
    expect(rentalVerdict('any h100 under $2 an hour?')?.text).toMatch(/^No H100 offer priced here costs under \$2 an hour; the cheapest is about \$2\.69 an hour/);
    // A cost per token, or two providers set side by side, is the cards' to answer.
    for (const q of ['cheapest way to run llama 3.1 70b on an h100 per token?', 'cheapest l4 by the hour, runpod serverless or google cloud?']) expect(rentalVerdict(q), q).toBeUndefined();
  });

  it('costs GPUs run for a time on the provider named, from the data file', () => {
    const v = rentalVerdict('what would 2 h100s running 24/7 on runpod cost per month?');
    // 2 × 730 × $2.69: the secure-cloud hourly rental, not the serverless tier, for GPUs kept all month.
    expect(Math.round(2 * HOURS_A_MONTH * price('RunPod', 'H100 SXM'))).toBe(3927);
    expect(v?.text).toBe("Two H100 SXMs running all month (730 hours each) on RunPod's secure cloud at about $2.69 an hour come to about $3,927 a month, before storage, data transfer and engineering time.");
    expect(v?.cardId).toBe('gpu-rental-prices');
    expect(v?.url).toBe('https://www.spheron.network/blog/runpod-h100-pricing-2026/');
    expect(rentalVerdict('two a100s 10 hours a day on lambda, monthly?')?.text).toMatch(/^Two A100s running 10 hours a day \(about 304 hours a month each\) on Lambda .* at about \$1\.48 an hour come to about \$900 a month/);
    expect(rentalVerdict('4x h100 on aws for 300 hours, what does that come to?')?.text).toMatch(/^Four H100s for 300 hours each on an AWS P5 instance at about \$3\.90 an hour come to about \$4,680,/);
    // Hours typed "h" are the hours given, over a month's 730.
    expect(rentalVerdict("2x h100 sxm on runpod secure cloud for a month (720 h), what's the bill?")?.text).toMatch(/^Two H100 SXMs for 720 hours each on RunPod's secure cloud at about \$2\.69 an hour come to about \$3,874,/);
  });

  it('says how much less the cheaper of two offers comes to when the saving is asked', () => {
    // 2 × 730 × ($3.90 - $2.69) = $1,766.60.
    const v = rentalVerdict('two h100s 24/7 for a month: aws p5 or runpod secure cloud, how much do we save a month on runpod?');
    expect(Math.round(2 * HOURS_A_MONTH * (price('AWS', 'H100') - price('RunPod', 'H100 SXM')))).toBe(1767);
    expect(v?.text).toMatch(/ On RunPod's secure cloud that is about \$1,767 a month less\.$/);
    // A month said in days is that many days; the sum again in the currency asked, at the stored exchange rate.
    expect(rentalVerdict('aws g5.xlarge left on 24/7 for a 30 day month, cost? in £ too')?.text).toMatch(
      /^One A10G running round the clock for 30 days \(720 hours\) on an AWS on-demand g5\.xlarge \(us-east-1\) at about \$1\.006 an hour comes to about \$724, .* In pounds that is about £570 at the stored exchange rate\.$/,
    );
    expect(rentalVerdict('two h100s on runpod secure cloud all month, monthly cost in euros?')?.text).toMatch(/ In euros that is about €3,566 a month at the stored exchange rate\.$/);
    // An hourly rate put forward for one offer is checked, yes or no first; the asker's own plan, or a rate costed for a
    // month or weighed against something, is not.
    expect(rentalVerdict('h100 on runpod secure cloud is about $4 an hour, right?')?.text).toBe("No: about $2.69 an hour for the H100 SXM on RunPod's secure cloud, not $4, before storage, data transfer and engineering time.");
    expect(rentalVerdict('is an h100 on runpod secure cloud $2.69/hr?')?.text).toMatch(/^Yes: about \$2\.69 an hour for the H100 SXM on RunPod's secure cloud/);
    expect(rentalVerdict('one h100 on runpod secure cloud at $2.69/hr, is that cheaper per token than gpt-5.2?')?.text ?? '').not.toMatch(/^(?:Yes|No):/);
    // A cheaper offer whose list price other sources dispute says so after the sum, not inside it.
    expect(rentalVerdict('one h100 running 24/7 for a 730h month on aws vs lambda, how much do we save a month on lambda?')?.text).toMatch(
      / On Lambda \(its May 2026 list\) that is about \$759 a month less, at a list price other sources dispute\.$/,
    );
    // Not asked the difference, none is given.
    expect(rentalVerdict('two h100s 24/7 for a month: aws p5 or runpod secure cloud, cost?')?.text).not.toMatch(/less\.$/);
  });

  it('reads a span typed before what runs for it ("a 3 week fine-tune") and "what\'s the damage?" as a cost asked', () => {
    // 8 × 21 days × 24 hours × $1.48.
    expect(rentalVerdict('we want 8 a100s on lambda for a 3 week fine-tune, round the clock. total?')?.text).toMatch(/^Eight A100s running round the clock for three weeks \(504 hours each\) on Lambda .* come to about \$5,967,/);
    expect(rentalVerdict("h100 at runpod for 6 months 24/7, what's the damage?")?.text).toMatch(/^One H100 SXM running round the clock for six months \(4,380 hours\) on RunPod's secure cloud at about \$2\.69 an hour comes to about \$11,782,/);
  });

  it('gives the cost again at an exchange rate the asker states', () => {
    // 730 × $2.69 = $1,963.70; × 10.5 = SEK 20,619.
    expect(rentalVerdict('stockholm co: one runpod secure cloud h100, 24/7 (730h/mo). monthly cost in SEK at 10.5 per $?')?.text).toMatch(/comes to about \$1,964 a month, before storage, data transfer and engineering time\. At your rate of 10\.5 SEK to the dollar, that is about SEK 20,619 a month\.$/);
  });

  it('costs GPUs over the span asked for ("for 2 weeks, 24/7"), not a month', () => {
    // 10 × 14 days × 24 hours × $3.90.
    expect(Math.round(10 * 14 * 24 * price('AWS', 'H100'))).toBe(13104);
    expect(rentalVerdict('ml team wants 10 h100s on aws p5 for 2 weeks straight, 24/7, to fine tune. ballpark cost in $?')?.text).toMatch(/^Ten H100s running round the clock for two weeks \(336 hours each\) on an AWS P5 instance at about \$3\.90 an hour come to about \$13,104, before/);
    expect(rentalVerdict('two a100s on lambda 8 hours a day for three weeks, cost?')?.text).toMatch(/^Two A100s running 8 hours a day for three weeks \(168 hours each\) .* come to about \$497, before/);
    // A GPU left on with no span is a month, as before.
    expect(rentalVerdict('one h100 on runpod 24/7, monthly cost?')?.text).toMatch(/running all month \(730 hours\)/);
    // Working days are days of running at the hours a day given: 3 × 10 × 22 × $2.69.
    expect(Math.round(3 * 10 * 22 * price('RunPod', 'H100 SXM'))).toBe(1775);
    expect(rentalVerdict("pilot: 3 h100 sxm on runpod's secure cloud, 10 hrs a day, 22 working days. rough $ for the month?")?.text).toMatch(/^Three H100 SXMs running 10 hours a day for 22 working days \(220 hours each\) .* come to about \$1,775, before/);
  });

  it('runs GPUs on weekdays alone when the message says so, and office hours as eight hours a weekday', () => {
    // 2 × 6 × (365 / 12 × 5 / 7) hours at each Lambda list price; 2 × 8 × 15 weekdays at RunPod's $2.69.
    expect(rentalVerdict('pilot: 2 h100s on lambda, 6 hrs/day, weekdays only for a month. cost?')?.text).toMatch(/^Two H100s running 6 hours a day on weekdays \(about 130 hours a month each\)/);
    expect(Math.round(2 * 8 * 15 * price('RunPod', 'H100 SXM'))).toBe(646);
    expect(rentalVerdict('2 h100s on runpod, 8 hours a day mon-fri for 3 weeks, cost?')?.text).toMatch(/^Two H100 SXMs running 8 hours a day on weekdays for three weeks \(120 hours each\) .* come to about \$646, before/);
    expect(rentalVerdict('one a10g on aws g5.xlarge, office hours only, monthly cost?')?.text).toMatch(/^One A10G running 8 hours a day on weekdays \(about 174 hours a month\)/);
    // Working days already counted are not cut again.
    expect(rentalVerdict('3 h100 sxm on runpod, 10 hrs a day, 22 working days. cost?')?.text).toMatch(/\(220 hours each\)/);
  });

  it('counts the GPUs of instances counted by type, where the card says what one holds', () => {
    // Two g5.xlarge instances of one A10G each: 2 × 730 × $1.006.
    expect(rentalVerdict("2 aws g5.xlarge boxes (one a10g each) left on 24/7 for a month. what's the $ total?")?.text).toMatch(/^Two A10Gs running all month \(730 hours each\) .* come to about \$1,469 a month/);
    expect(rentalVerdict('three g5.xlarge instances for a week 24/7, cost?')?.text).toMatch(/^Three A10Gs running round the clock for one week/);
    // The card prices a P5 by the GPU-hour without saying how many GPUs one holds: instances of it are not multiplied.
    expect(rentalVerdict('two p5 instances on aws for 100 hours, cost?')?.text).toMatch(/^One H100 for 100 hours/);
  });

  it('says what a budget buys, in its own currency converted at the stored rate', () => {
    expect(rentalVerdict("we've got $8k/mo for gpus. how many h100 hours is that on runpod secure cloud?")?.text).toBe(
      "$8,000 a month buys about 2,974 GPU-hours of an H100 SXM on RunPod's secure cloud at about $2.69 an hour: about four running all month (730 hours each), before storage, data transfer and engineering time.",
    );
  });

  it('says how many GPUs a monthly budget keeps running all month, and what one more would come to', () => {
    expect(rentalVerdict('budget of £5k a month, how many a100s can we keep running on runpod serverless?')?.text).toBe(
      "£5,000 a month (about $6,353 at our stored exchange rate) keeps three A100s running all month (730 hours each) on RunPod's serverless tier at about $2.74 an hour: about $6,001 a month, where four would come to about $8,001, before storage, data transfer and engineering time.",
    );
    // A memory size typed after the GPU is the GPU still; a budget too small for one says so.
    expect(rentalVerdict("gpu budget is $2,000 a month and the ceo says 'no overspend'. how many lambda a100-40gb can we keep running 24/7?")?.text).toMatch(/^\$2,000 a month keeps one A100 running all month \(730 hours\) on Lambda .* about \$1,080 a month, where two would come to about \$2,161/);
    expect(rentalVerdict('we have $500 a month, how many h100s can we run?')?.text).toMatch(/^\$500 a month keeps no H100 SXM running all month on RunPod's secure cloud at about \$2\.69 an hour, where one comes to about \$1,964 a month/);
  });

  it('says whether a budget covers the GPUs, with a yes or a no first', () => {
    expect(rentalVerdict('about $1,000 a month for hosting. would one a10g on aws running 24/7 fit in that?')?.text).toMatch(/^Yes: one A10G running all month \(730 hours\) on an AWS on-demand g5\.xlarge \(us-east-1\) at about \$1\.006 an hour comes to about \$734 a month, against your \$1,000 a month/);
    // Asked what they cost by someone who gave the budget, the same call.
    expect(rentalVerdict('1x a10g on aws, on 24/7. budget is $800/mo. what is that per month roughly?')?.text).toMatch(/^Yes: one A10G .* about \$734 a month, against your \$800 a month/);
    expect(rentalVerdict('$1,500/mo, enough for an h100 24/7?')?.text).toMatch(/^No: one H100 running all month .* about \$1,964 a month; on an AWS P5 instance at about \$3\.90 an hour comes to about \$2,847 a month, against your \$1,500 a month/);
  });

  it('gives the cheapest and the dearest offer when no provider is named, a range as a range, a disputed price as disputed', () => {
    expect(rentalVerdict('h100 24/7 for a month, rough cost?')?.text).toMatch(/^One H100 running all month .* RunPod's secure cloud at about \$2\.69 .* about \$1,964 a month; on an AWS P5 instance .* about \$2,847 a month/);
    expect(rentalVerdict('l4 on gcp 8 hours a day, monthly cost?')?.text).toMatch(/\$0\.70 to \$0\.80 an hour comes to \$170 to \$195 a month/);
    expect(rentalVerdict('€3k budget, how many h100 sxm hours on lambda?')?.text).toMatch(/^€3,000 \(about \$3,304 at our stored exchange rate\) buys about 874 GPU-hours of an H100 SXM on Lambda \(its May 2026 list\), a list price other sources dispute, at about \$3\.78 an hour: about 36 days of one running round the clock/);
  });

  it('costs a GPU at a provider named by the month, left running, when a month is all the message gives', () => {
    expect(rentalVerdict('aws g5.xlarge per month?')?.text).toBe('One A10G running all month (730 hours) on an AWS on-demand g5.xlarge (us-east-1) at about $1.006 an hour comes to about $734 a month, before storage, data transfer and engineering time.');
    expect(rentalVerdict('an aws g5.xlarge is $1.006 an hour right? so per month thats roughly what?')?.text).toMatch(/^One A10G running all month .* about \$734 a month/);
    // A managed host has prices of its own, and a monthly budget is a budget.
    expect(rentalVerdict('a managed a10g in the eu on aws, realistic £ per month?')).toBeUndefined();
    expect(rentalVerdict('if we self host we would rent a single a10g from a managed host in the eu. what per month?')).toBeUndefined();
    expect(rentalVerdict('we have $5k a month for gpus, how many h100 hours on runpod?')?.text).toMatch(/^\$5,000 a month buys about/);
  });

  it('lists the hourly rates asked for at three or more providers, cheapest first, whatever budget the message states', () => {
    const v = rentalVerdict('budget of SEK 30,000 a month for gpu rental. h100 on runpod, lambda or aws: what are the hourly rates?');
    expect(v?.text).toMatch(/^H100 by the hour: about \$2\.69 an hour for the H100 SXM on RunPod's secure cloud; about \$2\.86 an hour for the H100 PCIe on Lambda .*, a list price other sources dispute; .*about \$3\.90 an hour for the H100 on an AWS P5 instance, before storage/);
    // One or two providers are left to the card's sentences or the comparison; a month asked is a month.
    expect(rentalVerdict('runpod vs aws for an h100, per hour?')).toBeUndefined();
    expect(rentalVerdict('h100 on runpod, lambda and aws, per month each?')?.text).toMatch(/running all month/);
  });

  it('counts "4 of them" in a follow-up, and leaves sizing, crossover and unpriced questions to the others', () => {
    expect(rentalVerdict('what about 4 of them for a whole month. what does one h100 cost per hour on runpod?')?.text).toMatch(/^Four H100 SXMs .* about \$7,855 a month/);
    expect(rentalVerdict('target ~2,000 tok/s on llama 3.1 70b, budget €10k/mo. are 2 h100s enough?')).toBeUndefined();
    expect(rentalVerdict('we spend £2,000 a month on the api, should we self-host on an a10g?')).toBeUndefined();
    // API spend is the crossover's question, not a GPU budget, whatever else the message asks.
    expect(rentalVerdict('we spend £3k/mo on openai, would self-hosting on an a10g cover it?')).toBeUndefined();
    expect(rentalVerdict('our api bill is £2,000 a month. is one a100 enough to replace it?')).toBeUndefined();
    expect(rentalVerdict('budget £3k a month for gpus, is an h100 enough?')?.text).toMatch(/^£3,000 a month .* buys about 1,417 GPU-hours of an H100 SXM/);
    expect(rentalVerdict('how much does an h200 cost 24/7 on runpod?')).toBeUndefined();
    expect(rentalVerdict('a100 on google cloud all month, cost?')).toBeUndefined();
  });
});
