package dev.lore.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderSourceTest {

    @TempDir
    Path root;

    @BeforeEach
    void files() throws IOException {
        for (var path : List.of("a.md", "docs/b.md", "docs/c.pdf", "docs/drafts/d.md", ".git/config", "docs/.hidden.md")) {
            var file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, path);
        }
    }

    private List<String> paths(List<String> include, List<String> exclude) throws IOException {
        var paths = new ArrayList<String>();
        new FolderSource("docs", Set.of(), root, include, exclude).items(item -> paths.add(item.path()));
        return paths;
    }

    @Test
    void listsAllFilesRecursivelyWithForwardSlashesSkippingHiddenOnes() throws IOException {
        assertThat(paths(List.of(), List.of())).containsExactly("a.md", "docs/b.md", "docs/c.pdf", "docs/drafts/d.md");
    }

    @Test
    void includeAndExcludeGlobsFilterRelativePaths() throws IOException {
        assertThat(paths(List.of("**/*.md"), List.of("docs/drafts/**"))).containsExactly("a.md", "docs/b.md");
    }

    @Test
    void itemsReadTheirBytesAndModifiedTime() throws IOException {
        var items = new ArrayList<SourceItem>();
        new FolderSource("docs", Set.of(), root.resolve("docs/b.md"), List.of(), List.of()).items(items::add);

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.path()).isEqualTo("b.md");
            assertThat(new String(item.content().read())).isEqualTo("docs/b.md");
            assertThat(item.modified()).isAfter(java.time.Instant.EPOCH);
            assertThat(item.size()).isEqualTo(9);
        });
    }

    @Test
    void definitionInfersTypeAndNameFromTheLocation() {
        var web = SourceDefinition.of("https://intranet.example/wiki", null, null);
        var folder = SourceDefinition.of(root.toString(), "hr", Set.of("hr"));

        assertThat(web.type()).isEqualTo(SourceType.WEB);
        assertThat(web.name()).isEqualTo("intranet.example");
        assertThat(web.groups()).containsExactly("everyone");
        assertThat(folder.type()).isEqualTo(SourceType.FOLDER);
        assertThat(folder.open(1000)).isInstanceOf(FolderSource.class).extracting(Source::name).isEqualTo("hr");
    }
}
