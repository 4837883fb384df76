package dev.fitt.adapters.swing;

import static dev.fitt.adapters.swing.WindowDriver.onEdtGet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.client.port.out.ServerDataset;
import dev.fitt.client.port.out.ServerDatasets;
import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JLabel;
import org.junit.jupiter.api.Test;

/** Ctrl+O's picker marks the dataset the window works on, so switching starts from where one is. */
class DatasetPickerCurrentTest {
    private static final ServerDatasets DATASETS = new ServerDatasets("night", "day", List.of(
            new ServerDataset("day", ServerDataset.State.LOADED, 10, 1, 10, 5, ""),
            new ServerDataset("night", ServerDataset.State.LOADED, 20, 2, 20, 0, "")));

    @Test
    void whenSwitchingTheOpenDatasetIsMarkedCurrent() throws Exception {
        WindowDriver.assumeDisplay();

        List<String> rows = onEdtGet(() -> rowTexts(new DatasetPicker(null, "test", DATASETS, "night", true)));

        assertThat(rows.get(1)).contains("night").contains(DatasetPicker.CURRENT);
        assertThat(rows.get(0)).contains("day").doesNotContain(DatasetPicker.CURRENT);
    }

    @Test
    void atStartNothingIsOpenSoNothingIsMarked() throws Exception {
        WindowDriver.assumeDisplay();

        List<String> rows = onEdtGet(() -> rowTexts(new DatasetPicker(null, "test", DATASETS, "night", false)));

        assertThat(rows).noneMatch(text -> text.contains(DatasetPicker.CURRENT));
    }

    private static List<String> rowTexts(DatasetPicker picker) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < picker.list.getModel().getSize(); i++) {
            Component row = picker.list.getCellRenderer().getListCellRendererComponent(picker.list,
                    picker.list.getModel().getElementAt(i), i, false, false);
            rows.add(String.join(" | ", texts(row)));
        }
        picker.dialog.dispose();
        return rows;
    }

    private static List<String> texts(Component in) {
        List<String> texts = new ArrayList<>();
        if (in instanceof JLabel label) {
            texts.add(label.getText());
        }
        if (in instanceof Container container) {
            for (Component child : container.getComponents()) {
                texts.addAll(texts(child));
            }
        }
        return texts;
    }
}
