import type { Reply, TurnDocument } from '../turn.ts';
import type { VendorFile } from '../../workflows/questionnaire/index.ts';
import { DocumentRejected, isDocumentRejected } from '../../workflows/questionnaire/read/rejected.ts';
import type { JudgedBy } from '../../workflows/questionnaire/draft.ts';
import { draftOf } from '../../workflows/questionnaire/draft.ts';
import { vendorKey } from '../../workflows/store.ts';
import { VENDOR_MAX_CHARS } from '../../workflows/workflow-action.ts';
import { unquote } from '../command-line.ts';
import type { FlowContext } from './context.ts';
import { draftSummaryReply } from './draft-reply.ts';
import { untrusted } from '../../workflows/inert/index.ts';
import { code, createReply, textReply } from '../reply-doc.ts';
import { escapeRegExp } from '../../knowledge/retrieval/text/tokenize.ts';

/** Files read from one message: enough for a questionnaire, a DPA and a security overview together. */
export const MAX_DOCUMENTS_PER_MESSAGE = 5;

const NONE: Reply = createReply({ kind: 'none', doc: [] });
const ASSESS_WORDS = /^(?:assess|checklist|review|for)\s+(.+)$/i;

const wholeName = (text: string, name: string) => {
  const key = escapeRegExp(vendorKey(name));
  return new RegExp(`(^|[^\\p{L}\\p{N}])${key}($|[^\\p{L}\\p{N}])`, 'iu').test(vendorKey(text));
};

/**
 * Which vendor the files are for, in this order: named in the message (`assess Acme AI`, or a vendor of this
 * conversation named anywhere in it); the checklist run or draft of this thread; a vendor of this conversation
 * named earlier in the thread (the checklist's own messages name it); and, for files sent to the bot directly
 * (a DM, a mention), the checklist in progress here. Undefined when none says.
 */
async function vendorFor(ctx: FlowContext, text: string, addressed: boolean): Promise<string | undefined> {
  const typed = ASSESS_WORDS.exec(text.trim())?.[1];
  if (typed) return unquote(typed.trim()).slice(0, VENDOR_MAX_CHARS).trim() || undefined;
  const lists = await ctx.store.listChecklists(ctx.conversation);
  const named = lists.find((l) => wholeName(text, l.vendor));
  if (named) return named.vendor;
  const thread = ctx.turn.thread;
  const runs = await ctx.store.listRuns(ctx.scope, { channel: ctx.conversation.channel, kind: 'checklist' });
  if (thread) {
    const run = runs.find((r) => r.thread === thread && r.subject);
    if (run?.subject) return run.subject;
    const drafts = await ctx.store.listDrafts(ctx.conversation);
    const draft = drafts.find((d) => d.thread === thread);
    if (draft) return draft.vendor;
    for (const turn of [...(ctx.turn.history ?? [])].reverse()) {
      const hit = lists.find((l) => wholeName(turn.text, l.vendor));
      if (hit) return hit.vendor;
    }
  }
  // Newest first: the checklist someone here is working through.
  return addressed ? runs.find((r) => r.status === 'active' && r.subject)?.subject : undefined;
}

/** Every file's bytes, or the first refusal (download failed, too large) naming the file. */
async function loadAll(documents: TurnDocument[]): Promise<VendorFile[]> {
  const files: VendorFile[] = [];
  for (const d of documents) {
    try {
      files.push({ name: d.name, data: await d.load() });
    } catch (err) {
      if (isDocumentRejected(err)) throw err;
      throw new DocumentRejected('download-failed', d.name, { cause: err });
    }
  }
  return files;
}

/**
 * Files shared with the bot: for the vendor the message or thread names, read in memory, assessed against the
 * twelve questions, and saved as a draft on that vendor's checklist here; the reply is the draft's summary. A
 * refused file (too large, wrong type, encrypted, a failed download) gets the reason and nothing is stored.
 */
export async function documentsReply(ctx: FlowContext, text: string, documents: TurnDocument[], addressed: boolean): Promise<Reply> {
  const vendor = await vendorFor(ctx, text, addressed);
  if (!vendor) {
    if (!addressed) return NONE;
    return textReply('info', 'Which vendor are these documents from? Share them in that vendor\'s checklist thread, or mention me with the name: ', code('assess Acme AI'), '.');
  }
  if (!documents.length) return NONE;
  if (documents.length > MAX_DOCUMENTS_PER_MESSAGE) {
    return textReply('info', `I read up to ${MAX_DOCUMENTS_PER_MESSAGE} files at a time; that message has ${documents.length}. Share the questionnaire and the main documents (DPA, security overview) first.`);
  }
  let assessment;
  let judgedBy: JudgedBy | undefined;
  try {
    const files = await loadAll(documents);
    // The readers and rules are loaded on the first file, so answering questions never waits for them.
    const { assessFiles, assessFilesAssisted } = await import('../../workflows/questionnaire/index.ts');
    // With a self-hosted model configured it helps judge; otherwise (or if it cannot be loaded) the rules alone.
    const ask = await ctx.judge?.().catch(() => undefined);
    if (ask) ({ assessment, judgedBy } = await assessFilesAssisted(vendor, files, ctx.questions, ask));
    else assessment = await assessFiles(vendor, files, ctx.questions);
  } catch (err) {
    if (!isDocumentRejected(err)) throw err;
    ctx.logger.info({ code: err.code }, 'vendor document refused');
    // The file name is whatever the sender called it: shown inert.
    return textReply('info', `${untrusted(err.file)} ${err.message.slice(err.file.length + 1)} Nothing was assessed or stored.`);
  }
  const draft = draftOf(assessment, {
    documents: documents.map((d) => d.name),
    sharedBy: ctx.author,
    proposedAt: ctx.now().toISOString(),
    ...(ctx.turn.thread ? { thread: ctx.turn.thread } : {}),
    ...(judgedBy ? { judgedBy } : {}),
  });
  await ctx.store.saveDraft(ctx.conversation, draft);
  ctx.logger.info({ documents: documents.length }, 'questionnaire draft saved');
  const who = untrusted(ctx.author.name ?? ctx.author.id);
  return draftSummaryReply(ctx, draft, `Read ${documents.length === 1 ? 'the file' : `${documents.length} files`} ${who} shared.`);
}
