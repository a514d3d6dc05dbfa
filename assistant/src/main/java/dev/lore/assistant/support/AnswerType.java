package dev.lore.assistant.support;

import java.util.regex.Pattern;

/**
 * What kind of answer a question expects, as far as a cheap rule can tell: a weekday ("which day"), a person ("who"),
 * a web or mail address ("which website", "where do I forward"), a quantity, date or time ("how many", "when", "which
 * number"), or anything else. A unit that cannot hold the expected kind is a weaker candidate.
 */
public enum AnswerType {
    WEEKDAY, PERSON, ADDRESS, QUANTITY, OTHER;

    private static final Pattern WEEKDAY_QUESTION = Pattern.compile("(?i)\\b(weekdays?|(which|what) days?|on which days)\\b");
    private static final Pattern PERSON_QUESTION = Pattern.compile("(?i)^\\s*(who|whom)\\b|\\b(who is|who are|which person|name of the person)\\b");
    private static final Pattern ADDRESS_QUESTION = Pattern.compile("(?i)\\b((what|which) (web ?site|site|url|link|mailbox"
            + "|e-?mail address|address)|where (do|should|can|must) (i|we|you) (forward|send|e-?mail|mail|download|reset))\\b");
    private static final Pattern ADDRESSES = Pattern.compile("(?i)https?://\\S+|\\S+@\\S+\\.\\w+|\\b[a-z0-9-]+(\\.[a-z0-9-]+)*"
            + "\\.(gov|com|org|net|io|de|pt|eu|example|edu|mil|us|uk|int)\\b");
    private static final Pattern QUANTITY_QUESTION = Pattern.compile("(?i)\\b(how (many|much|long|often|soon|fast|early|late|far|old|big|large)"
            + "|(what|which) (time|year|date|month)|when|deadline|limit|minimum|maximum|cost|price|fee|rate"
            + "|number|percentage|percent|amount|budget|salary|allowance|extension|phone)\\b");
    private static final Pattern WEEKDAYS = Pattern.compile("(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b");
    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+");
    private static final Pattern QUANTITY_WORDS = Pattern.compile("(?i)\\d|\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven"
            + "|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|thousand|once|twice|daily|weekly|monthly|yearly|annually"
            + "|quarterly|january|february|march|april|may|june|july|august|september|october|november|december|monday"
            + "|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays|thursdays|fridays|noon|midnight)\\b");

    /** The type a question expects. */
    public static AnswerType of(String question) {
        if (WEEKDAY_QUESTION.matcher(question).find()) {
            return WEEKDAY;
        }
        if (PERSON_QUESTION.matcher(question).find()) {
            return PERSON;
        }
        if (ADDRESS_QUESTION.matcher(question).find()) {
            return ADDRESS;
        }
        return QUANTITY_QUESTION.matcher(question).find() ? QUANTITY : OTHER;
    }

    /** Whether a unit could hold an answer of this type. */
    public boolean fits(String unit) {
        return switch (this) {
            case WEEKDAY -> WEEKDAYS.matcher(unit).find();
            case PERSON -> NAME.matcher(unit).find();
            case ADDRESS -> ADDRESSES.matcher(unit).find();
            case QUANTITY -> QUANTITY_WORDS.matcher(unit).find();
            case OTHER -> true;
        };
    }
}
