/**
 * {@code lore bench}: {@link dev.lore.index.bench.RetrievalBenchmark} ingests a BEIR corpus through the pipeline,
 * compares its throughput with the raw ONNX Runtime ceiling on the same chunks ({@code RawOnnxThroughput}), and times
 * single-threaded searches per mode; {@link dev.lore.index.bench.BenchReport} is its JSON.
 */
package dev.lore.index.bench;
