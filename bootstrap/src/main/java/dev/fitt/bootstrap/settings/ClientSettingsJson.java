package dev.fitt.bootstrap.settings;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** client_setting.json exactly as written on disk; absent fields take their defaults here. */
@JsonPropertyOrder({"host", "port", "multiple_selection", "autosave", "theme", "annotator", "role"})
@JsonInclude(JsonInclude.Include.NON_NULL)
record ClientSettingsJson(
        @JsonProperty("host") String host,
        @JsonProperty("port") Integer port,
        @JsonProperty("multiple_selection") Boolean multipleSelection,
        @JsonProperty("autosave") Integer autosave,
        @JsonProperty("theme") String theme,
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("tls_certificate") String tlsCertificate,
        @JsonProperty("admin_token") String adminToken,
        @JsonProperty("annotator") String annotator,
        @JsonProperty("last_dataset") String lastDataset,
        @JsonProperty("role") String role) {
    static final String ANNOTATOR = "annotator";
    static final String REVIEWER = "reviewer";

    static ClientSettingsJson of(ClientSettings settings) {
        return new ClientSettingsJson(settings.host(), settings.port(), settings.multipleSelection(),
                settings.autosave(), settings.theme().settingName(), settings.accessToken(),
                settings.tlsCertificate() == null ? null : settings.tlsCertificate().toString(), settings.adminToken(),
                settings.annotator(),
                settings.lastDataset(),
                settings.reviewer() ? REVIEWER : null);
    }

    /** @throws IllegalArgumentException naming the field at fault */
    ClientSettings toSettings() {
        ClientSettings defaults = ClientSettings.defaults();
        return new ClientSettings(
                host == null ? defaults.host() : host,
                port == null ? defaults.port() : port,
                multipleSelection == null ? defaults.multipleSelection() : multipleSelection,
                autosave == null ? defaults.autosave() : autosave,
                theme == null ? defaults.theme() : parseTheme(theme),
                accessToken,
                tlsCertificate == null || tlsCertificate.isBlank() ? null : Path.of(tlsCertificate),
                adminToken,
                annotator,
                lastDataset,
                role != null && parseRole(role));
    }

    /** True for a reviewer. */
    private static boolean parseRole(String value) {
        if (!value.equals(ANNOTATOR) && !value.equals(REVIEWER)) {
            throw new IllegalArgumentException("field \"role\" must be \"annotator\" or \"reviewer\", got \""
                    + value + "\"");
        }
        return value.equals(REVIEWER);
    }

    private static Theme parseTheme(String value) {
        return Theme.fromSettingName(value).orElseThrow(() -> new IllegalArgumentException(
                "field \"theme\" must be \"light\" or \"dark\", got \"" + value + "\""));
    }
}
