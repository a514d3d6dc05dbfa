package dev.lore.ingest.parse;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The keys Lore reads from a Markdown file's YAML front matter: {@code title}, {@code groups} as an inline list
 * ({@code [hr, finance]}), a comma-separated value or a block list, and {@code redirect_to} (a page that only points
 * elsewhere, as Jekyll's redirect-from plugin writes them). Other keys (layout, permalink...) are ignored.
 */
record FrontMatter(String title, Set<String> groups, String redirectTo) {

    static FrontMatter parse(String yaml) {
        var title = "";
        var redirectTo = "";
        var groups = new LinkedHashSet<String>();
        var inGroups = false;
        for (var line : yaml.split("\\R")) {
            if (inGroups && line.matches("\\s*-\\s*\\S.*")) {
                groups.add(unquote(line.strip().substring(1)));
                continue;
            }
            inGroups = false;
            if (line.startsWith("title:")) {
                title = unquote(line.substring("title:".length()));
            } else if (line.startsWith("redirect_to:")) {
                redirectTo = unquote(line.substring("redirect_to:".length()));
            } else if (line.startsWith("groups:")) {
                var value = line.substring("groups:".length()).strip();
                if (value.isEmpty()) {
                    inGroups = true;
                } else {
                    for (var group : value.replaceAll("^\\[|]$", "").split(",")) {
                        if (!unquote(group).isEmpty()) {
                            groups.add(unquote(group));
                        }
                    }
                }
            }
        }
        return new FrontMatter(title, groups, redirectTo);
    }

    private static String unquote(String value) {
        var v = value.strip();
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            v = v.substring(1, v.length() - 1);
        }
        return v.strip();
    }
}
