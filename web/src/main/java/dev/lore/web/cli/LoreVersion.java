package dev.lore.web.cli;

import picocli.CommandLine;

/** Reports the version packed into the jar's manifest. */
final class LoreVersion implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = LoreVersion.class.getPackage().getImplementationVersion();
        return new String[] {"lore " + (version == null ? "development build" : version)};
    }
}
