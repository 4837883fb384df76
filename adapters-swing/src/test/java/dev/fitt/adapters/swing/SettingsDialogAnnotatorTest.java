package dev.fitt.adapters.swing;

import static dev.fitt.adapters.swing.WindowDriver.onEdtGet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.client.port.out.ClientPreferences;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The annotator's name can be changed in Settings, checked as when it is asked at first start. */
class SettingsDialogAnnotatorTest {
    private static final ClientPreferences ANA = new ClientPreferences("127.0.0.1", 52973, false, 1,
            ClientPreferences.Theme.LIGHT, "Ana");

    @Test
    void aNewNameIsSavedWithoutItsSurroundingSpaces() throws Exception {
        WindowDriver.assumeDisplay();

        Optional<ClientPreferences> saved = onEdtGet(() -> {
            SettingsDialog dialog = new SettingsDialog(null, ANA, "client_setting.json");
            assertThat(dialog.annotatorField().getText()).isEqualTo("Ana");
            dialog.annotatorField().setText("  Bea  ");
            return dialog.accepted();
        });

        assertThat(saved).map(ClientPreferences::annotator).contains("Bea");
    }

    @Test
    void aBlankOrTooLongNameIsRefusedWithTheFirstStartsReason() throws Exception {
        WindowDriver.assumeDisplay();

        for (String bad : new String[] {"   ", "x".repeat(AnnotatorNameDialog.MAX_NAME + 1)}) {
            String error = onEdtGet(() -> {
                SettingsDialog dialog = new SettingsDialog(null, ANA, "client_setting.json");
                dialog.annotatorField().setText(bad);
                assertThat(dialog.accepted()).isEmpty();
                return dialog.errorText();
            });
            assertThat(error).contains("A name needs 1 to " + AnnotatorNameDialog.MAX_NAME + " characters");
        }
    }

    @Test
    void withoutANameLeavingItEmptyKeepsNone() throws Exception {
        WindowDriver.assumeDisplay();

        Optional<ClientPreferences> saved = onEdtGet(() -> new SettingsDialog(null, ClientPreferences.defaults(),
                "client_setting.json").accepted());

        assertThat(saved).map(ClientPreferences::annotator).contains("");
    }
}
