package dev.lore.assistant.eval;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.lore.assistant.AssistantException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One line of a QA file: {@code {"question", "answers", "docIds", "groups", "unanswerable"}}.
 *
 * @param answers acceptable answer strings (any one found in the answer, normalised, counts)
 * @param docIds documents whose citation is relevant
 * @param groups the asker's groups
 * @param unanswerable whether the right outcome is an abstention (the sources, as this asker may read them, do not say)
 */
public record QaItem(String question, List<String> answers, List<String> docIds, Set<String> groups,
                     boolean unanswerable) {

    public QaItem {
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("question must not be blank");
        }
        answers = answers == null ? List.of() : List.copyOf(answers);
        docIds = docIds == null ? List.of() : List.copyOf(docIds);
        groups = groups == null ? Set.of() : Set.copyOf(groups);
        if (!unanswerable && answers.isEmpty()) {
            throw new IllegalArgumentException("answerable question has no acceptable answer: " + question);
        }
    }

    /** Reads a JSON-lines QA file; a bad line is reported with its number. */
    public static List<QaItem> read(Path file) {
        var mapper = new ObjectMapper();
        var items = new ArrayList<QaItem>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new AssistantException("cannot read QA file " + file + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                items.add(mapper.readValue(line, QaItem.class));
            } catch (MismatchedInputException e) {
                var field = e.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                        .filter(Objects::nonNull).reduce((a, b) -> b).orElse("?");
                throw new AssistantException(file + " line " + (i + 1) + ": field '" + field + "' has the wrong type"
                        + " (expected: question string, answers/docIds/groups lists of strings, unanswerable boolean)", e);
            } catch (ValueInstantiationException e) {
                throw new AssistantException(file + " line " + (i + 1) + ": " + e.getCause().getMessage(), e);
            } catch (JsonParseException e) {
                throw new AssistantException(file + " line " + (i + 1) + ": not JSON: " + e.getOriginalMessage(), e);
            } catch (IOException | IllegalArgumentException e) {
                throw new AssistantException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return items;
    }
}
