import { createInterface } from 'node:readline';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Bot } from '../../bot/bot.ts';
import type { Reply, Turn } from '../../bot/turn.ts';
import { renderReply, terminalText } from '../../bot/render-text.ts';
import { stripMarks } from '../../workflows/inert/index.ts';
import { consoleInput, consoleTurn } from './input.ts';

export interface ConsoleOptions {
  bot: Bot;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Interactive prompt when true; one line in, one reply out when false (scripting). */
  interactive: boolean;
  user: string;
  /** Where exported documents are written. */
  exportDir: string;
}

/** Saves files attached to a reply and returns one line per file saying where it went. */
async function saveFiles(reply: Reply, dir: string): Promise<string[]> {
  if (!reply.files?.length) return [];
  await mkdir(dir, { recursive: true });
  const lines: string[] = [];
  for (const f of reply.files) {
    const path = join(dir, f.name.replace(/[/\\]/g, '_'));
    await writeFile(path, f.data);
    lines.push(`Saved ${terminalText(f.title ?? f.name)} to ${resolve(path)}`);
  }
  return lines;
}

/** How many earlier question-and-answer lines a follow-up sees, like a thread's earlier turns on Slack. */
const HISTORY_TURNS = 6;

async function respond(options: ConsoleOptions, line: string, previous: Reply | undefined, history: NonNullable<Turn['history']> = []): Promise<Reply> {
  const { bot, output, interactive } = options;
  let streamed = '';
  const input = consoleInput(line, previous);
  const reply = await bot.handle(consoleTurn(input, { user: options.user }, history.slice(-HISTORY_TURNS)), {
    // Print the answer as it arrives, made inert like the final one; only the new part of the text each time.
    // `streamed` is what the screen shows: a partial that no longer extends it (a URL defanged once complete)
    // prints nothing, and the final answer is printed in full below.
    onPartial: interactive
      ? (soFar) => {
          const shown = terminalText(soFar);
          if (!shown.startsWith(streamed)) return;
          output.write(shown.slice(streamed.length));
          streamed = shown;
        }
      : undefined,
  });
  const sameAsStreamed = streamed.length > 0 && streamed.trim() === terminalText(reply.text).trim();
  if (streamed && !sameAsStreamed) output.write('\n\n(Final answer, checked against the sources:)\n');
  else if (streamed) output.write('\n\n');
  const saved = await saveFiles(reply, options.exportDir);
  output.write(`${[renderReply(reply, { omitText: sameAsStreamed }), ...saved].join('\n\n')}\n`);
  // Questions and their answers make the conversation's history; commands and workflow steps do not.
  if (input.kind === 'text' && (reply.kind === 'answer' || reply.kind === 'no-answer')) {
    history.push({ role: 'user', text: input.text }, { role: 'bot', text: stripMarks(reply.text) });
  }
  return reply;
}

/** Runs the terminal chat until EOF or Ctrl-C. Resolves when it has ended cleanly. */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { input, output, interactive } = options;
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });

  if (!interactive) {
    // Scripted use: one line in, one reply out.
    for await (const line of rl) {
      if (!line.trim()) continue;
      await respond(options, line, undefined);
      break;
    }
    rl.close();
    return;
  }

  output.write('ai-procurement: ask me about buying AI, or type "help". Ctrl-D or Ctrl-C to leave.\n');
  let previous: Reply | undefined;
  const history: NonNullable<Turn['history']> = [];
  rl.setPrompt('you> ');
  rl.prompt();
  await new Promise<void>((done) => {
    let busy = Promise.resolve();
    rl.on('line', (line) => {
      busy = busy.then(async () => {
        if (line.trim()) {
          if (/^(exit|quit)$/i.test(line.trim())) return void rl.close();
          previous = await respond(options, line, previous, history);
        }
        rl.prompt();
      });
    });
    rl.on('SIGINT', () => rl.close());
    rl.on('close', () => {
      void busy.then(() => {
        output.write('\nBye.\n');
        done();
      });
    });
  });
}
