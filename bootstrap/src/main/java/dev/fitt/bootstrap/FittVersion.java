package dev.fitt.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reports the Maven project version and the git commit it was built from, filtered into a resource at build time. */
final class FittVersion implements IVersionProvider {
    private static final String RESOURCE = "version.properties";

    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FittVersion.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        }
        return new String[] {
            "fitt " + properties.getProperty("version", "(development build)") + " (" + commit(properties) + ")",
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }

    /** A build outside a git work tree (a source archive) has no commit; a build by another tool leaves the placeholder. */
    private static String commit(Properties properties) {
        String commit = properties.getProperty("commit", "");
        if (commit.isBlank() || commit.equals("unknown") || commit.startsWith("${")) {
            return "commit unknown";
        }
        return "commit " + commit + ("true".equals(properties.getProperty("dirty")) ? ", with local changes" : "");
    }
}
