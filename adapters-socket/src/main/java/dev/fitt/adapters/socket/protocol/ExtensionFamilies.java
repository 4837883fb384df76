package dev.fitt.adapters.socket.protocol;

import java.util.List;

/** Every extension family but the hello, which opens them all: a new family is one entry here. */
final class ExtensionFamilies {
    private static final List<ExtensionFamily> ALL = List.of(new VersionedCodec(), new ClipInfoCodec(),
            new DatasetCodec(), new TeamCodec(), new AdminCodec());

    private ExtensionFamilies() {
    }

    /** The family {@code command} belongs to, or null when it is no extension command (or the hello). */
    static ExtensionFamily of(byte command) {
        for (ExtensionFamily family : ALL) {
            if (family.carries(command)) {
                return family;
            }
        }
        return null;
    }

    static boolean answersWithExtensionError(byte command) {
        ExtensionFamily family = of(command);
        return family != null && family.answersWithExtensionError(command);
    }
}
