package dev.lore.ingest;

/** The content is of a kind Lore does not read (an image, an archive, an unknown binary): skip it and report why. */
public class UnsupportedContentException extends IngestException {

    public UnsupportedContentException(String message) {
        super(message);
    }
}
