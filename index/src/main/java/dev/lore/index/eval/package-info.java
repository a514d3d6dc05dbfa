/**
 * Retrieval evaluation on BEIR datasets, as {@code lore eval beir} runs it: {@link dev.lore.index.eval.BeirDataset}
 * reads the layout, {@link dev.lore.index.eval.BeirEvaluation} indexes title + text through the real ingestion
 * pipeline into a cached work folder and scores every judged query per mode, and {@code TrecMetrics} computes nDCG@10,
 * Recall@100 and MRR@10 as trec_eval does, over documents (a document scores as its best chunk). Expected numbers
 * with tolerances live in {@code src/test/resources/regression/*.json}, checked by the regression IT.
 */
package dev.lore.index.eval;
