package dev.fitt.adapters.csv;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/** This machine's name, for telling a user which machine holds a save folder (one may be shared). */
final class HostName {
    private HostName() {
    }

    /**
     * The kernel's name where it can be read; a name lookup only otherwise, since on a machine with
     * a misconfigured resolver that lookup can take seconds of every start.
     */
    static String current() {
        try {
            String name = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
            if (!name.isEmpty()) {
                return name;
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: ask the environment, then the resolver
        }
        for (String variable : new String[] {"HOSTNAME", "COMPUTERNAME"}) {
            String name = System.getenv(variable);
            if (name != null && !name.isBlank()) {
                return name.strip();
            }
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "an unknown host";
        }
    }
}
