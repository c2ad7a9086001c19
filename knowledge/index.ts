/**
 * The knowledge layer's public surface: cards, chunks, the hybrid index (BM25 + hnswlib vectors), lint and eval.
 * Pure logic over files under knowledge/cards and `<dataDir>/index`; no platform, no LangChain outside
 * retrieval/vector-store.ts.
 */
export { CARDS_DIR, loadCards, parseCard, type Card, type CardProblem, type LoadCardsResult } from './load-cards.ts';
export { chunkCard, chunkCards, chunkEmbedText, headingLabel, type Chunk } from './chunk.ts';
export { cosine, type Embedder, type WordVectorLookup } from './retrieval/embedder.ts';
export { createLocalEmbedder, SifEmbedder, WordVectors, type LocalEmbedderOptions, type SifOptions } from './retrieval/sif-embedder.ts';
export { loadWordVectorCache, DEFAULT_TOP_N, type WordVectorCacheOptions } from './retrieval/glove/vector-cache.ts';
export { Bm25Index, type Bm25Hit, type Bm25Options } from './retrieval/bm25.ts';
export { terms, surfaceTokens, normalizeText } from './retrieval/text/tokenize.ts';
export { stem } from './retrieval/text/stem.ts';
export { buildIndex, type BuildIndexOptions, type BuildReport } from './retrieval/build-index.ts';
export { isIndexFresh } from './retrieval/index-files.ts';
export { formatBuildReport, formatBuildReportJson } from './retrieval/format-build.ts';
export { openIndex, type OpenIndexOptions, type OpenedIndex } from './retrieval/open-index.ts';
export { Retriever, DEFAULT_FUSION, type FusionOptions, type RetrievalMode, type RetrievedChunk } from './retrieval/retriever.ts';
export { retrievePassages, toPassage, type Passage } from './retrieval/passages.ts';
export { lintCards, formatLintReport, formatLintReportJson, type LintIssue, type LintReport, type LintRule } from './lint.ts';
export { loadEvalQuestions, type EvalQuestion } from './eval/questions.ts';
export { runEval, type EvalReport, type ModeResult } from './eval/run-eval.ts';
export { formatEvalReport, formatEvalReportJson } from './eval/format-eval.ts';
export { readVectorIndex } from './retrieval/vector-reader.ts';
export type { VectorHit, VectorIndex } from './retrieval/vector-index.ts';
