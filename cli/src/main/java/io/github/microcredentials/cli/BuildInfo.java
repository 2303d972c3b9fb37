package io.github.microcredentials.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version and the commit this build was made from, written into {@code version.properties} by
 * the build (resource filtering); "unknown" where the build had no git repository.
 *
 * @param version the project version, for example {@code 0.1.0}
 * @param commit the abbreviated commit id, or {@code unknown}
 */
record BuildInfo(String version, String commit) {

    private static final String RESOURCE = "version.properties";

    /**
     * The information of this build.
     *
     * @return it
     */
    static BuildInfo current() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BuildInfo(value(properties, "version"), value(properties, "commit"));
    }

    /** A filled-in value, or "unknown" for a missing one or a placeholder the build did not fill. */
    private static String value(Properties properties, String key) {
        String value = properties.getProperty(key, "").strip();
        return value.isEmpty() || value.contains("${") ? "unknown" : value;
    }
}
