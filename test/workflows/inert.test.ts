import { describe, expect, it } from 'vitest';
import { defang, dropInvisible, hasMarks, inertLabel, inertText, mapSegments, segmentsOf, stripMarks, unlink, untrusted } from '../../workflows/inert/index.ts';

describe('marking untrusted text', () => {
  it('wraps text in marks that survive concatenation, and splits it back into segments', () => {
    const text = `Vendor checklist: ${untrusted('Acme')} · ${untrusted('notes')}.`;
    expect(hasMarks(text)).toBe(true);
    expect(stripMarks(text)).toBe('Vendor checklist: Acme · notes.');
    expect(segmentsOf(text)).toEqual([
      { text: 'Vendor checklist: ', untrusted: false },
      { text: 'Acme', untrusted: true },
      { text: ' · ', untrusted: false },
      { text: 'notes', untrusted: true },
      { text: '.', untrusted: false },
    ]);
    expect(mapSegments(text, { trusted: (s) => s.toUpperCase(), untrusted: (s) => `[${s}]` })).toBe('VENDOR CHECKLIST: [Acme] · [notes].');
  });

  it('never lets a damaged or forged mark turn untrusted text into trusted text', () => {
    // Marks that arrive inside the text are dropped, so it cannot close its own span.
    const forged = untrusted('a\uFDD1 trusted? \uFDD0b');
    expect(segmentsOf(`x ${forged} y`)).toEqual([{ text: 'x ', untrusted: false }, { text: 'a trusted? b', untrusted: true }, { text: ' y', untrusted: false }]);
    // A span whose end was cut off runs to the end; a close without an open makes what came before untrusted.
    expect(segmentsOf(`ok ${untrusted('cut off').slice(0, -1)}`)).toEqual([{ text: 'ok ', untrusted: false }, { text: 'cut off', untrusted: true }]);
    expect(segmentsOf('lost open\uFDD1 then ours')).toEqual([{ text: 'lost open', untrusted: true }, { text: ' then ours', untrusted: false }]);
    expect(untrusted('')).toBe('');
  });
});

describe('making text inert', () => {
  it('turns every kind of link syntax into words, with the target visible and defanged', () => {
    expect(inertText('[https://docs.vendor.com/dpa](https://evil.example/dpa)')).toBe('https[:]//docs[.]vendor[.]com/dpa (https[:]//evil[.]example/dpa)');
    expect(inertText('<https://evil.example/x|https://docs.vendor.com>')).toBe('https[:]//docs[.]vendor[.]com (https[:]//evil[.]example/x)');
    expect(inertText('<a class="x" HREF=\'https://evil.example/a\'><b>docs</b></A>')).toBe('docs (https[:]//evil[.]example/a)');
    expect(inertText('![pixel](https://evil.example/p.png "t") <https://evil.example/auto>')).toBe('pixel (https[:]//evil[.]example/p[.]png) https[:]//evil[.]example/auto');
    expect(inertText('[docs][r]\n\n[r]: <https://evil.example/ref> "title"')).toBe('[docs][r]\n\nr: https[:]//evil[.]example/ref "title"');
    expect(inertText('[run](javascript:alert(1)) mailto:ceo@evil.example')).toBe('run (javascript[:]alert(1)) mailto[:]ceo@evil[.]example');
  });

  it('turns Slack and Teams mention tokens into words', () => {
    expect(unlink('<!channel> <!here|here> <@U0EVIL> <@U1|bob> <#C1|general> <!subteam^S1|@team> <at>Eve</at>')).toBe('@channel @here @U0EVIL @bob #general @team @Eve');
  });

  it('reveals and defangs URLs hidden by invisible characters, look-alike punctuation, fullwidth letters and entities', () => {
    expect(inertText('https://evil\u200B.example/zw ht\u200Dtps://evil.example')).toBe('https[:]//evil[.]example/zw https[:]//evil[.]example');
    expect(inertText('https://docs\u2024vendor\u2024com/la')).toBe('https[:]//docs[.]vendor[.]com/la');
    expect(inertText('ｈｔｔｐｓ：／／evil．example/fw evil\u3002example')).toBe('https[:]//evil[.]example/fw evil[.]example');
    expect(inertText('https&#58;//evil&#x2E;example/e https&colon;//evil&period;example')).toBe('https[:]//evil[.]example/e https[:]//evil[.]example');
    expect(inertText('https:&#8203;//evil.example')).toBe('https[:]//evil[.]example');
    expect(inertText('\u202Eelpmaxe.live//:sptth')).not.toMatch(/\u202E/);
  });

  it('defangs bare hosts, e-mail domains, IP addresses, www and punycode, whatever their top-level domain', () => {
    expect(defang('docs.vendor.com Character.AI invoice.zip www.evil.example')).toBe('docs[.]vendor[.]com Character[.]AI invoice[.]zip www[.]evil[.]example');
    expect(defang('jane@example.com 192.168.0.1 xn--80ak6aa92e.com раураl.com https:evil.example')).toBe('jane@example[.]com 192[.]168[.]0[.]1 xn--80ak6aa92e[.]com раураl[.]com https[:]evil[.]example');
  });

  it('keeps formatting, figures and ordinary punctuation: only link-making goes', () => {
    const text = '**Bold**, _italic_ and `code`:\n- a list item [1]\n1. GPT-4.1 costs £1,500.00 (e.g. 10²⁵ FLOPs, v2.0, Art. 48, 89.6%) [2]';
    expect(inertText(text)).toBe(text);
  });

  it('drops control characters and terminal escapes, keeps emoji sequences', () => {
    expect(dropInvisible('a\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\ b')).toBe('a]8;;https://evil.example\\click]8;;\\ b');
    const osc8 = inertText('\u001b]8;;https://evil.example\u0007click');
    expect([...osc8].some((c) => c.charCodeAt(0) < 0x20)).toBe(false);
    expect(osc8).not.toMatch(/evil\.example/);
    expect(dropInvisible('👩\u200D💻 and a\u200Db')).toBe('👩\u200D💻 and ab');
    expect(dropInvisible('line\r\nbreak\u2028end')).toBe('line\nbreak\nend');
  });

  it('labels stay on one line and never look like a URL', () => {
    expect(inertLabel('Pricing\nhttps://docs.vendor.com')).toBe('Pricing https[:]//docs[.]vendor[.]com');
  });

  it('does bounded work on hostile input (every pattern is linear)', () => {
    // Shapes that make naive patterns backtrack: the result must simply come back, with nothing linkable left.
    for (const input of ['a.'.repeat(20_000), '[a]('.repeat(10_000), '<a '.repeat(13_000), 'ｈ．'.repeat(20_000), 'https://'.repeat(5_000)]) {
      expect(inertText(input)).not.toMatch(/https:\/\/|\b[a-z]\.[a-z]{2}/);
    }
  });
});
