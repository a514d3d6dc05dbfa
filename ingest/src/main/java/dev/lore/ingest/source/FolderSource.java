package dev.lore.ingest.source;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Every file under a folder (or one file), recursively, filtered by include and exclude globs matched against the path relative
 * to the folder (forward slashes, e.g. {@code **}{@code /*.md}). Hidden files and folders are skipped. Files are
 * listed in sorted order, so runs are reproducible.
 */
public final class FolderSource implements Source {

    private final String name;
    private final Set<String> groups;
    private final Path root;
    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;

    /**
     * @param include globs a file must match (any of them); empty for all files
     * @param exclude globs that leave a file out
     */
    public FolderSource(String name, Set<String> groups, Path root, List<String> include, List<String> exclude) {
        this.name = Objects.requireNonNull(name, "name");
        this.groups = Set.copyOf(groups);
        this.root = root.toAbsolutePath().normalize();
        this.includes = matchers(include);
        this.excludes = matchers(exclude);
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        var matchers = new ArrayList<PathMatcher>();
        for (var glob : globs == null ? List.<String>of() : globs) {
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            if (glob.startsWith("**/")) {
                // "**/*.md" should also match "top.md" at the root, as users expect from .gitignore-like globs.
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)));
            }
        }
        return List.copyOf(matchers);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String location() {
        return root.toString();
    }

    @Override
    public Set<String> groups() {
        return groups;
    }

    @Override
    public void items(Consumer<SourceItem> sink) throws IOException {
        if (Files.isRegularFile(root)) {
            sink.accept(item(root));
            return;
        }
        if (!Files.isDirectory(root)) {
            throw new IOException("not a folder or file: " + root);
        }
        var files = new ArrayList<Path>();
        var unlisted = new ArrayList<String>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !isHidden(file) && selected(relative(file))) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (Files.isDirectory(file)) {
                    unlisted.add(relative(file) + " (" + e.getMessage() + ")");
                } else {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        for (var file : files) {
            sink.accept(item(file));
        }
        if (!unlisted.isEmpty()) {
            throw new IOException("cannot list folders " + String.join(", ", unlisted));
        }
    }

    private SourceItem item(Path file) {
        long size;
        java.time.Instant modified;
        try {
            var attributes = Files.readAttributes(file, BasicFileAttributes.class);
            size = attributes.size();
            modified = attributes.lastModifiedTime().toInstant();
        } catch (IOException e) {
            size = -1;
            modified = null;
        }
        return new SourceItem(relative(file).toString().replace('\\', '/'), modified, size, () -> Files.readAllBytes(file));
    }

    private Path relative(Path file) {
        return file.equals(root) ? file.getFileName() : root.relativize(file);
    }

    private boolean selected(Path relative) {
        var included = includes.isEmpty() || includes.stream().anyMatch(m -> m.matches(relative));
        return included && excludes.stream().noneMatch(m -> m.matches(relative));
    }

    private static boolean isHidden(Path path) {
        var fileName = path.getFileName();
        return fileName != null && fileName.toString().startsWith(".");
    }
}
