package dev.fitt.client.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.client.port.out.ClientPreferences;
import dev.fitt.client.port.out.ClientPreferencesPort;
import dev.fitt.client.port.out.ServerDataset;
import dev.fitt.client.port.out.ServerDatasets;
import dev.fitt.client.port.out.TaggingServerPort;
import dev.fitt.domain.TagChange;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.client.port.out.DatasetView;
import dev.fitt.ports.ImageContent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The client chooses among the server's datasets and remembers its choice for the next start. */
class DatasetChoiceTest {
    private final List<String> selected = new ArrayList<>();
    private List<ServerDataset> offered = List.of(dataset("day1"), dataset("day2"), dataset("day3"));
    private String remembered;

    private final TaggingServerPort server = new TaggingServerPort() {
        @Override
        public DatasetView fetchDataset() {
            throw new UnsupportedOperationException();
        }

        @Override
        public ImageContent fetchImage(int index) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void tag(TagChange change) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void save() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<ServerDatasets> listDatasets() {
            return Optional.of(new ServerDatasets("day1", "day1", offered));
        }

        @Override
        public void selectDataset(String name) throws DatasetLoadException {
            if (name.equals("day3")) {
                throw new DatasetLoadException("day3.csv line 2: not a tag value");
            }
            selected.add(name);
        }

        @Override
        public void close() {
        }
    };

    private final ClientPreferencesPort preferences = new ClientPreferencesPort() {
        @Override
        public ClientPreferences load() {
            return ClientPreferences.defaults();
        }

        @Override
        public void save(ClientPreferences preferences) {
        }

        @Override
        public String location() {
            return "memory";
        }

        @Override
        public Optional<String> lastDataset() {
            return Optional.ofNullable(remembered);
        }

        @Override
        public void rememberDataset(String name) throws IOException {
            remembered = name;
        }
    };

    private final DatasetChoice choice = new DatasetChoice(server, preferences);

    private static ServerDataset dataset(String name) {
        return new ServerDataset(name, ServerDataset.State.NOT_LOADED_YET, 0, 0, 0, 0, "");
    }

    @Test
    void aChoiceIsOfferedOnlyWhenThereIsMoreThanOneDataset() throws Exception {
        assertThat(choice.offered()).isPresent();
        offered = List.of(dataset("only"));
        assertThat(choice.offered()).isEmpty();
    }

    @Test
    void theLastChoiceIsPreselectedWhileTheServerStillHasIt() throws Exception {
        ServerDatasets datasets = choice.offered().orElseThrow();
        assertThat(choice.preselected(datasets)).as("nothing remembered: the server's own").isEqualTo("day1");
        remembered = "day2";
        assertThat(choice.preselected(datasets)).isEqualTo("day2");
        remembered = "gone";
        assertThat(choice.preselected(datasets)).isEqualTo("day1");
    }

    @Test
    void choosingSelectsOnTheServerAndRemembersIt() throws Exception {
        choice.choose("day2");

        assertThat(selected).containsExactly("day2");
        assertThat(remembered).isEqualTo("day2");
        assertThat(choice.chosen()).contains("day2");
    }

    @Test
    void aDatasetTheServerCannotLoadIsNeitherChosenNorRemembered() {
        assertThatThrownBy(() -> choice.choose("day3")).isInstanceOf(DatasetLoadException.class)
                .hasMessageContaining("day3.csv line 2");
        assertThat(remembered).isNull();
        assertThat(choice.chosen()).isEmpty();
    }
}
