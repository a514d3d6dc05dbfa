package dev.lore.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lore.index.Hit;
import dev.lore.index.KnowledgeIndex;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer process killed with {@code kill -9} leaves a consistent index, and replaying its writes converges. */
class CrashRecoveryTest {

    private static final Set<String> ALL = Set.of("hr");

    @TempDir
    Path temp;

    @Test
    void indexKilledMidIngestOpensConsistentAndReplayGivesTheUninterruptedResult() throws Exception {
        var crashed = temp.resolve("crashed");
        var random = new Random(7);
        for (int kill = 0; kill < 2; kill++) {
            killWriterMidway(crashed, 3 + random.nextInt(8), random.nextInt(150));
            try (var index = new LuceneKnowledgeIndex(crashed, ScriptedWrites.NO_MODEL)) {
                assertNoPartialDocuments(index);
            }
        }

        var expected = temp.resolve("uninterrupted");
        try (var index = new LuceneKnowledgeIndex(expected, ScriptedWrites.NO_MODEL)) {
            replay(index);
        }
        try (var recovered = new LuceneKnowledgeIndex(crashed, ScriptedWrites.NO_MODEL);
             var uninterrupted = new LuceneKnowledgeIndex(expected, ScriptedWrites.NO_MODEL)) {
            replay(recovered);

            assertThat(snapshot(recovered)).isEqualTo(snapshot(uninterrupted)).isNotEmpty();
            assertThat(recovered.stats().chunks()).isEqualTo(uninterrupted.stats().chunks());
            assertThat(recovered.stats().documents()).isEqualTo(uninterrupted.stats().documents());
        }
    }

    /** Starts the writer process, waits for {@code commits} commits, then kills it {@code delayMs} later. */
    private static void killWriterMidway(Path folder, int commits, int delayMs) throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ScriptedWrites.class.getName(), folder.toString())
                .redirectErrorStream(true)
                .start();
        try (var output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            int seen = 0;
            String line;
            var log = new StringBuilder();
            while (seen < commits && (line = output.readLine()) != null) {
                log.append(line).append('\n');
                if (line.startsWith("committed ")) {
                    seen++;
                }
            }
            assertThat(seen).as("writer output:\n%s", log).isEqualTo(commits);
            Thread.sleep(delayMs);
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }
    }

    private static void replay(KnowledgeIndex index) {
        for (int write = 0; write < ScriptedWrites.WRITES; write++) {
            ScriptedWrites.apply(index, write);
        }
        index.commit();
    }

    /** Every document has exactly the chunks of one write: all of them, from the same version, no duplicates. */
    private static void assertNoPartialDocuments(KnowledgeIndex index) {
        long chunks = 0;
        for (var info : index.documents(null, ALL)) {
            int write = Integer.parseInt(info.contentHash().substring("hash-".length()));
            var hits = index.chunks(info.docId(), ALL);
            assertThat(hits).extracting(Hit::ordinal)
                    .as(info.docId()).containsExactlyElementsOf(range(ScriptedWrites.chunkCount(write)));
            assertThat(hits).extracting(Hit::text).allSatisfy(text -> assertThat(text)
                    .startsWith("version " + write + " of " + info.docId() + " part "));
            chunks += hits.size();
        }
        assertThat(index.stats().chunks()).isEqualTo(chunks);
    }

    private static List<Integer> range(int n) {
        var values = new ArrayList<Integer>();
        for (int i = 0; i < n; i++) {
            values.add(i);
        }
        return values;
    }

    private static List<String> snapshot(KnowledgeIndex index) {
        var lines = new ArrayList<String>();
        for (var info : index.documents(null, ALL)) {
            lines.add(info + " " + index.chunks(info.docId(), ALL).stream().map(Hit::text).toList());
        }
        return lines;
    }
}
