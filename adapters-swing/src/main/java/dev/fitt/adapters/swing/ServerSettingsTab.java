package dev.fitt.adapters.swing;

import dev.fitt.client.port.out.ServerAdminPort;
import dev.fitt.ports.ServerSetting;
import dev.fitt.ports.SettingRefusedException;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;

/**
 * The settings dialog's "Server" tab, for an annotator with the server's admin token: the settings
 * the running server can change live, read from it and applied to it ({@code set} for each field
 * that changed), each refusal shown beside its field. Network calls run on {@code background};
 * the fields are touched on the event thread only.
 */
final class ServerSettingsTab {
    /** The live settings, in the order shown, with what the annotator reads beside each. */
    private static final Map<String, String> LIVE = new LinkedHashMap<>();

    static {
        LIVE.put("autosave_changes", "Save after N changes (0 = never by count)");
        LIVE.put("autosave_seconds", "Save after N seconds (0 = never by time)");
        LIVE.put("save_cpu_percent", "Share of a core a save may use (10..100)");
        LIVE.put("default_dataset", "Dataset a client gets when it names none");
        LIVE.put("max_connections", "Connections at once");
        LIVE.put("message_timeout_seconds", "Message timeout (seconds)");
        LIVE.put("access_token", "Access token (empty keeps it; open connections stay)");
    }

    private final ServerAdminPort admin;
    private final Executor background;
    private final JPanel panel = new JPanel(new BorderLayout());
    private final Map<String, JTextComponent> fields = new LinkedHashMap<>();
    private final Map<String, JLabel> outcomes = new LinkedHashMap<>();
    private final Map<String, String> loaded = new LinkedHashMap<>();
    private final JLabel status = new JLabel("Reading the server's settings\u2026");
    private final JLabel restartOnly = new JLabel(" ");
    private final JButton apply = new JButton("Apply to server");

    ServerSettingsTab(ServerAdminPort admin, Executor background) {
        this.admin = admin;
        this.background = background;
        JPanel form = new JPanel(new GridBagLayout());
        form.setBorder(BorderFactory.createEmptyBorder(16, 16, 8, 16));
        int row = 0;
        row = add(form, row, new JLabel("Changes apply on the server at once and are written to its"
                + " server_setting.json."), null, null);
        for (Map.Entry<String, String> setting : LIVE.entrySet()) {
            JTextComponent field = setting.getKey().equals("access_token") ? new JPasswordField(14)
                    : new JTextField(14);
            field.setEnabled(false);
            field.setName(setting.getKey());
            JLabel outcome = new JLabel(" ");
            fields.put(setting.getKey(), field);
            outcomes.put(setting.getKey(), outcome);
            JLabel label = new JLabel(setting.getValue());
            label.setToolTipText(setting.getKey());
            label.setLabelFor(field);
            row = add(form, row, label, field, outcome);
        }
        add(form, row, restartOnly, null, null);
        apply.setEnabled(false);
        apply.addActionListener(e -> apply());
        JPanel south = new JPanel(new FlowLayout(FlowLayout.LEFT));
        south.add(apply);
        south.add(status);
        panel.add(form, BorderLayout.CENTER);
        panel.add(south, BorderLayout.SOUTH);
        load();
    }

    JPanel panel() {
        return panel;
    }

    private static int add(JPanel form, int row, JLabel label, JTextComponent field, JLabel outcome) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = row;
        c.insets = new Insets(4, 4, 4, 4);
        c.anchor = GridBagConstraints.WEST;
        if (field == null) {
            c.gridwidth = 3;
            c.fill = GridBagConstraints.HORIZONTAL;
            form.add(label, c);
            return row + 1;
        }
        form.add(label, c);
        c.gridx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        form.add(field, c);
        c.gridx = 2;
        c.weightx = 0;
        form.add(outcome, c);
        return row + 1;
    }

    private void load() {
        background.execute(() -> {
            try {
                List<ServerSetting> settings = admin.settings();
                SwingUtilities.invokeLater(() -> show(settings));
            } catch (Exception e) {
                SwingUtilities.invokeLater(() -> failed("Cannot read the server's settings: " + message(e)));
            }
        });
    }

    private void show(List<ServerSetting> settings) {
        List<String> fixed = new ArrayList<>();
        for (ServerSetting setting : settings) {
            JTextComponent field = fields.get(setting.name());
            if (field == null) {
                if (List.of("host", "port").contains(setting.name())) {
                    fixed.add(setting.name() + " " + setting.value());
                }
                continue;
            }
            String value = setting.name().equals("access_token") || setting.value().startsWith("(") ? ""
                    : setting.value();
            loaded.put(setting.name(), value);
            field.setText(value);
            field.setEnabled(true);
        }
        restartOnly.setText("Need a restart (the server's file): " + String.join(", ", fixed)
                + ", paths, TLS, the other limits");
        status.setText("Read from the server.");
        apply.setEnabled(true);
        packWindow();
    }

    private void failed(String text) {
        status.setText(text);
        status.setForeground(Palette.current().error());
    }

    /** Sends {@code set} for each field that differs from what the server said, one after another. */
    private void apply() {
        Map<String, String> changed = new LinkedHashMap<>();
        fields.forEach((name, field) -> {
            String text = field.getText().trim();
            boolean secret = name.equals("access_token");
            if (secret ? !text.isEmpty() : !text.equals(loaded.getOrDefault(name, ""))) {
                changed.put(name, text);
            }
        });
        outcomes.values().forEach(outcome -> outcome.setText(" "));
        if (changed.isEmpty()) {
            status.setText("Nothing changed.");
            return;
        }
        apply.setEnabled(false);
        status.setForeground(javax.swing.UIManager.getColor("Label.foreground"));
        status.setText("Applying\u2026");
        background.execute(() -> {
            Map<String, String> outcome = new LinkedHashMap<>();
            Map<String, Boolean> refused = new LinkedHashMap<>();
            for (Map.Entry<String, String> change : changed.entrySet()) {
                try {
                    ServerAdminPort.SettingApplied applied = admin.set(change.getKey(), change.getValue());
                    outcome.put(change.getKey(), applied.written() ? "applied" : "applied, not in the file");
                    refused.put(change.getKey(), !applied.written());
                } catch (SettingRefusedException e) {
                    outcome.put(change.getKey(), e.getMessage());
                    refused.put(change.getKey(), true);
                } catch (Exception e) {
                    outcome.put(change.getKey(), message(e));
                    refused.put(change.getKey(), true);
                }
            }
            SwingUtilities.invokeLater(() -> applied(changed, outcome, refused));
        });
    }

    private void applied(Map<String, String> changed, Map<String, String> outcome, Map<String, Boolean> refused) {
        int problems = 0;
        for (String name : changed.keySet()) {
            JLabel label = outcomes.get(name);
            boolean problem = refused.get(name);
            label.setText("<html><small>" + escape(outcome.get(name)) + "</small></html>");
            label.setForeground(problem ? Palette.current().error() : Palette.current().connected());
            if (!problem || outcome.get(name).startsWith("applied")) {
                loaded.put(name, name.equals("access_token") ? "" : changed.get(name));
            }
            if (name.equals("access_token")) {
                fields.get(name).setText("");
            }
            problems += problem ? 1 : 0;
        }
        status.setText(problems == 0 ? "Applied on the server." : problems + " not applied as asked: see beside"
                + " the field.");
        apply.setEnabled(true);
        packWindow();
    }

    /** The dialog grows to what the server's answer needs. */
    private void packWindow() {
        java.awt.Window window = SwingUtilities.getWindowAncestor(panel);
        if (window != null) {
            window.pack();
        }
    }

    /** The field of a live setting (tests). */
    JTextComponent field(String name) {
        return fields.get(name);
    }

    /** What the last apply said about a setting (tests). */
    String outcome(String name) {
        return outcomes.get(name).getText();
    }

    String status() {
        return status.getText();
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
