package dev.lore.web.documents;

/** Document ids taken from the rest of a URL path ({@code /api/v1/documents/handbook:it/vpn.md}). */
final class DocumentIds {

    private DocumentIds() {
    }

    static String fromPath(String captured) {
        String id = captured.startsWith("/") ? captured.substring(1) : captured;
        if (id.isBlank()) {
            throw new IllegalArgumentException("document id is missing from the path");
        }
        if (id.length() > 1000) {
            throw new IllegalArgumentException("document id is longer than 1000 characters");
        }
        return id;
    }
}
