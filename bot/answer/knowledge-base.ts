import { join } from 'node:path';
import type { Config } from '../config/index.ts';
import type { Logger } from '../logger.ts';
import { AppError, ErrorCode } from '../errors.ts';
import { CARDS_DIR } from '../../knowledge/load-cards.ts';
import type { Embedder } from '../../knowledge/retrieval/embedder.ts';
import { createLocalEmbedder } from '../../knowledge/retrieval/sif-embedder.ts';
import type { BuildReport } from '../../knowledge/retrieval/build-index.ts';
import { isIndexFresh } from '../../knowledge/retrieval/index-files.ts';
import { openIndex } from '../../knowledge/retrieval/open-index.ts';
import type { FusionOptions, Retriever, RetrievalMode } from '../../knowledge/retrieval/retriever.ts';
import type { Passage } from '../../knowledge/retrieval/passages.ts';
import type { LintReport } from '../../knowledge/lint.ts';
import type { EvalReport } from '../../knowledge/eval/run-eval.ts';
import { createExtractiveAnswerer, type ExtractiveAnswerer, type ExtractiveAnswererOptions } from './extractive.ts';

export interface KnowledgeBaseOptions {
  /** Generated state: the index goes to `<dataDir>/index`, the word-vector cache to `<dataDir>/cache`. */
  dataDir: string;
  logger: Logger;
  /** EMBEDDINGS_* settings; default local. */
  embeddings?: Config['embeddings'];
  /**
   * Builds the embedder for a model server (EMBEDDINGS_PROVIDER ollama or openai). Supplied by the composition
   * root from adapters/models, so the core never imports a vendor SDK; the local default needs none.
   */
  remoteEmbedder?: (settings: Config['embeddings'], options: { cacheDir: string }) => Promise<Embedder>;
  /** An embedder to use instead of the one `embeddings` describes (tests). */
  embedder?: Embedder;
  /** Card directory; default knowledge/cards. */
  cardsDir?: string;
  /** Word-vector cache directory; default `<dataDir>/cache`. Tests share one per machine. */
  cacheDir?: string;
  fusion?: Partial<FusionOptions>;
  /** How often (ms) a running process checks whether the cards changed and reopens the index; default 60 s. */
  recheckMs?: number;
  /** Options for the extractive answerer (threshold, onUnanswered hook, ...). */
  answerer?: Omit<ExtractiveAnswererOptions, 'retriever' | 'logger'>;
}

/** Everything the CLI and the app need from the knowledge base. */
export interface KnowledgeBase {
  readonly cardsDir: string;
  readonly indexDir: string;
  /** The embedder (created on first use). */
  embedder(): Promise<Embedder>;
  /** The retriever over a fresh index: builds first when the index is missing or the cards changed. */
  retriever(): Promise<Retriever>;
  /** The extractive answerer over that retriever. */
  answerer(): Promise<ExtractiveAnswerer>;
  /** The k best passages for a question. */
  retrieve(question: string, k?: number, mode?: RetrievalMode): Promise<Passage[]>;
  /** Builds the index incrementally (only new or changed chunks are embedded). */
  build(): Promise<BuildReport>;
  /** True when the index exists and matches the cards and the embedder. */
  isFresh(): Promise<boolean>;
  /** True once an index is open for questions (false before the first load, during a rebuild, after a failure). */
  isLoaded(): boolean;
  lint(options?: { today?: Date }): Promise<LintReport>;
  /** Runs the dev-question evaluation for BM25 alone, dense alone and fused. */
  eval(options: { questionsFile: string; modes?: RetrievalMode[] }): Promise<EvalReport>;
}

/**
 * Wires the knowledge base from configuration: the embedder (local word vectors by default; Ollama or OpenAI
 * embeddings when configured), the index under `<dataDir>/index`, the retriever and the extractive answerer.
 * Nothing heavy happens until first use, so creating it is free.
 */
export function createKnowledgeBase(options: KnowledgeBaseOptions): KnowledgeBase {
  const { logger } = options;
  const cardsDir = options.cardsDir ?? CARDS_DIR;
  const indexDir = join(options.dataDir, 'index');
  const cacheDir = options.cacheDir ?? join(options.dataDir, 'cache');
  let embedderP: Promise<Embedder> | undefined;
  let retrieverP: Promise<Retriever> | undefined;
  let answererP: Promise<ExtractiveAnswerer> | undefined;
  let loaded = false;

  const embedder = () => {
    embedderP ??= (async () => {
      if (options.embedder) return options.embedder;
      const settings = options.embeddings ?? { provider: 'local' as const };
      if (settings.provider === 'local') return createLocalEmbedder({ cacheDir });
      // A model server's embeddings come through the vendor adapters, which the composition root supplies.
      if (!options.remoteEmbedder) throw new AppError(ErrorCode.ConfigInvalid, `EMBEDDINGS_PROVIDER=${settings.provider} needs the model adapters (start the bot through adapters/app.ts)`);
      return options.remoteEmbedder(settings, { cacheDir });
    })();
    embedderP.catch(() => (embedderP = undefined));
    return embedderP;
  };

  // A long-running bot notices edited cards: at most once per interval, a stat per card file decides.
  const recheckMs = options.recheckMs ?? 60_000;
  let checkedAt = 0;
  const retriever = async () => {
    if (retrieverP && Date.now() - checkedAt >= recheckMs) {
      checkedAt = Date.now();
      const fresh = await isIndexFresh(cardsDir, indexDir, (await embedder()).id).catch(() => true);
      if (!fresh) {
        retrieverP = undefined;
        loaded = false;
      }
    }
    if (!retrieverP) checkedAt = Date.now();
    retrieverP ??= (async () => {
      try {
        const e = await embedder();
        const opened = await openIndex({
          cardsDir, indexDir, embedder: e, fusion: options.fusion,
          onDenseError: (err) => logger.warn({ err, embedder: e.id }, 'query embedding failed; searching with BM25 alone'),
        });
        if (opened.built) {
          const { cards, chunks, embedded, reused, removed, ms } = opened.built;
          logger.info({ reason: opened.reason, cards, chunks, embedded, reused, removed, ms }, 'knowledge index built');
        }
        loaded = true;
        return opened.retriever;
      } catch (err) {
        loaded = false;
        if (err instanceof AppError) throw err;
        throw new AppError(ErrorCode.IndexUnavailable, undefined, { cause: err });
      }
    })();
    retrieverP.catch(() => (retrieverP = undefined));
    return retrieverP;
  };

  const answerer = () => {
    answererP ??= createExtractiveAnswerer({ ...options.answerer, retriever, logger });
    return answererP;
  };

  return {
    cardsDir,
    indexDir,
    embedder,
    retriever,
    answerer,
    retrieve: async (question, k, mode) => (await answerer()).retrieve(question, k, mode),
    // build, lint and eval load their modules on demand: `ask` on a fresh index never parses a card.
    async build() {
      const { buildIndex } = await import('../../knowledge/retrieval/build-index.ts');
      const report = await buildIndex({ cardsDir, indexDir, embedder: await embedder() });
      retrieverP = undefined; // the next retriever() opens the new generation
      answererP = undefined;
      loaded = false;
      return report;
    },
    isFresh: async () => isIndexFresh(cardsDir, indexDir, (await embedder()).id),
    isLoaded: () => loaded,
    async lint(lintOptions) {
      const { lintCards } = await import('../../knowledge/lint.ts');
      return lintCards(cardsDir, lintOptions);
    },
    async eval({ questionsFile, modes }) {
      const [{ loadEvalQuestions }, { runEval }] = await Promise.all([import('../../knowledge/eval/questions.ts'), import('../../knowledge/eval/run-eval.ts')]);
      const questions = await loadEvalQuestions(questionsFile);
      const a = await answerer();
      const r = await retriever();
      const report = await runEval(
        questions,
        {
          answer: async (q, mode) => (await a.answerWithMode(q, mode)).answer,
          topTexts: async (q, mode, k) => (await r.search(q, { k, mode })).map((h) => h.chunk.text),
        },
        modes,
      );
      return { ...report, questionsFile };
    },
  };
}
