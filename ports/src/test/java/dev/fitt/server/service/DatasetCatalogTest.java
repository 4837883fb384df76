package dev.fitt.server.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.AutosavePolicy;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagSet;
import dev.fitt.domain.TagValue;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.JournalException;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.server.port.in.DatasetSummary;
import dev.fitt.server.port.in.DatasetSummary.State;
import dev.fitt.server.port.in.OpenDataset;
import dev.fitt.server.port.out.ChangeJournalPort;
import dev.fitt.server.port.out.DatasetFixture;
import dev.fitt.server.port.out.DatasetSourcesPort;
import dev.fitt.server.port.out.DatasetStorage;
import dev.fitt.server.port.out.DatasetStorePort;
import dev.fitt.server.port.out.InMemoryChangeJournal;
import dev.fitt.server.port.out.InMemoryDatasetStore;
import dev.fitt.server.port.out.InMemoryImageSource;
import dev.fitt.server.port.out.InMemoryVersionBase;
import dev.fitt.server.port.out.JournalReplay;
import dev.fitt.server.port.out.StoredDataset;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The catalog loads a dataset when first opened, unloads it saved once nobody held it for the idle time. */
class DatasetCatalogTest {
    private static final Duration IDLE = Duration.ofMinutes(5);

    private final Map<String, InMemoryDatasetStore> stores = new LinkedHashMap<>();
    private final List<String> opened = new ArrayList<>();
    private final AtomicLong nanos = new AtomicLong();
    /** Whether "broken" has had its file_path column put back. */
    private final AtomicBoolean repaired = new AtomicBoolean();

    private final DatasetSourcesPort sources = new DatasetSourcesPort() {
        @Override
        public List<String> names() {
            return List.of("route-b", "route-a", "broken");
        }

        @Override
        public DatasetStorage open(String name) throws DatasetLoadException {
            opened.add(name);
            if (name.equals("broken") && !repaired.get()) {
                throw new DatasetLoadException("broken.csv has no file_path column");
            }
            InMemoryDatasetStore store = stores.computeIfAbsent(name, n -> InMemoryDatasetStore.of(DatasetFixture.small()));
            return new DatasetStorage(store, new InMemoryImageSource(Map.of()), new InMemoryChangeJournal(),
                    new InMemoryVersionBase());
        }
    };

    private DatasetCatalog catalog(Optional<String> defaultDataset) throws DatasetLoadException {
        return new DatasetCatalog(sources, AutosavePolicy.never(), IDLE, defaultDataset, Clock.systemUTC(), nanos::get);
    }

    @Test
    void listsEveryDatasetSortedWithoutLoadingAny() throws Exception {
        try (DatasetCatalog catalog = catalog(Optional.empty())) {
            assertThat(catalog.datasets()).extracting(DatasetSummary::name).containsExactly("broken", "route-a", "route-b");
            assertThat(catalog.datasets()).extracting(DatasetSummary::state).containsOnly(State.NOT_LOADED_YET);
            assertThat(catalog.defaultDataset()).isEqualTo("broken");
            assertThat(opened).isEmpty();
        }
    }

    @Test
    void aDefaultThatNamesNoDatasetIsRefusedNamingThoseThereAre() {
        assertThatThrownBy(() -> catalog(Optional.of("route-c"))).isInstanceOf(DatasetLoadException.class)
                .hasMessageContaining("default_dataset").hasMessageContaining("route-c")
                .hasMessageContaining("broken, route-a, route-b");
    }

    @Test
    void opensLoadOnceAndCountProgress() throws Exception {
        try (DatasetCatalog catalog = catalog(Optional.of("route-a"));
                OpenDataset first = catalog.open("route-a"); OpenDataset second = catalog.open("route-a")) {
            assertThat(opened).containsExactly("route-a");
            // small(): clip 1 has two frames of two cameras (rows TFF FTF, FFT ...), clip 2 two of one (T.F, ...).
            assertThat(catalog.datasets().get(1)).isEqualTo(new DatasetSummary("route-a", State.LOADED, 6, 2, 4, 2, ""));
            assertThat(first.useCases()).isSameAs(second.useCases());
        }
    }

    @Test
    void aDatasetThatCannotBeLoadedIsReportedAndTheOthersServe() throws Exception {
        try (DatasetCatalog catalog = catalog(Optional.empty())) {
            assertThatThrownBy(() -> catalog.open("broken")).hasMessageContaining("no file_path column");
            try (OpenDataset open = catalog.open("route-b")) {
                assertThat(open.useCases().tags().tagSet().size()).isEqualTo(3);
            }
            assertThat(catalog.datasets().get(0)).isEqualTo(DatasetSummary.failed("broken",
                    "broken.csv has no file_path column"));
            assertThatThrownBy(() -> catalog.open("route-z")).hasMessageContaining("no dataset named \"route-z\"");
        }
    }

    @Test
    void aFailedLoadIsAnsweredAgainForAFewSecondsWithoutLoadingThenTheNextOpenLoadsTheRepairedDataset()
            throws Exception {
        try (DatasetCatalog catalog = catalog(Optional.empty())) {
            for (int ask = 0; ask < 10; ask++) {
                // A v1 client asks twice a second.
                assertThatThrownBy(() -> catalog.open("broken")).isInstanceOf(DatasetLoadException.class)
                        .hasMessage("broken.csv has no file_path column");
                nanos.addAndGet(CatalogEntry.FAILED_LOAD_KEPT.toNanos() / 10 - 1);
            }
            assertThat(opened).as("ten asks within the time a failure is kept load it once").containsExactly("broken");
            assertThat(catalog.datasets().get(0)).isEqualTo(DatasetSummary.failed("broken",
                    "broken.csv has no file_path column"));

            nanos.addAndGet(10);
            assertThatThrownBy(() -> catalog.open("broken")).hasMessage("broken.csv has no file_path column");
            assertThat(opened).as("after it, the next ask loads it again").containsExactly("broken", "broken");

            repaired.set(true);
            assertThatThrownBy(() -> catalog.open("broken")).as("that failure is kept in turn")
                    .hasMessage("broken.csv has no file_path column");
            nanos.addAndGet(CatalogEntry.FAILED_LOAD_KEPT.toNanos());
            try (OpenDataset open = catalog.open("broken")) {
                assertThat(open.useCases().tags().tagSet().size()).isEqualTo(3);
            }
            assertThat(opened).containsExactly("broken", "broken", "broken");
            assertThat(catalog.datasets().get(0).state()).isEqualTo(State.LOADED);
        }
    }

    @Test
    void aLoadThatFailsWithARuntimeExceptionIsALoadFailureNamingTheDatasetAndTheNextOpenLoadsItAgain()
            throws Exception {
        AtomicBoolean fixed = new AtomicBoolean();
        List<String> journals = new ArrayList<>();
        DatasetSourcesPort refusing = new DatasetSourcesPort() {
            @Override
            public List<String> names() {
                return List.of("good", "odd");
            }

            @Override
            public DatasetStorage open(String name) {
                InMemoryDatasetStore store = InMemoryDatasetStore.of(DatasetFixture.small());
                DatasetStorePort loading = new DatasetStorePort() {
                    @Override
                    public StoredDataset load() throws DatasetLoadException {
                        if (name.equals("odd") && !fixed.get()) {
                            // What a store meets when its data holds a tag list the domain refuses.
                            new TagSet(List.of());
                        }
                        return store.load();
                    }

                    @Override
                    public void save(LabelsSnapshot fileOrderLabels) throws SaveFailedException {
                        store.save(fileOrderLabels);
                    }
                };
                InMemoryChangeJournal journal = new InMemoryChangeJournal();
                ChangeJournalPort counted = new ChangeJournalPort() {
                    @Override
                    public JournalReplay replay() throws DatasetLoadException {
                        return journal.replay();
                    }

                    @Override
                    public long append(TagChange change) throws JournalException {
                        return journal.append(change);
                    }

                    @Override
                    public void awaitDurable(long sequence) throws JournalException {
                        journal.awaitDurable(sequence);
                    }

                    @Override
                    public long checkpoint() throws JournalException {
                        return journal.checkpoint();
                    }

                    @Override
                    public void discardBefore(long checkpoint) throws JournalException {
                        journal.discardBefore(checkpoint);
                    }

                    @Override
                    public void close() {
                        journals.add("closed " + name);
                    }
                };
                journals.add("opened " + name);
                return new DatasetStorage(loading, new InMemoryImageSource(Map.of()), counted,
                        new InMemoryVersionBase());
            }
        };
        try (DatasetCatalog catalog = new DatasetCatalog(refusing, AutosavePolicy.never(), IDLE, Optional.empty(),
                Clock.systemUTC(), nanos::get)) {
            List<LogRecord> warnings = new ArrayList<>();
            Logger log = Logger.getLogger(DatasetCatalog.class.getName());
            Handler handler = new Handler() {
                @Override
                public void publish(LogRecord record) {
                    if (record.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                        warnings.add(record);
                    }
                }

                @Override
                public void flush() {
                }

                @Override
                public void close() {
                }
            };
            log.addHandler(handler);
            try {
                assertThatThrownBy(() -> catalog.open("odd")).isInstanceOf(DatasetLoadException.class)
                        .hasMessageContaining("odd").hasMessageContaining("a dataset needs at least one tag")
                        .hasCauseInstanceOf(IllegalArgumentException.class);
                assertThatThrownBy(() -> catalog.open("odd")).as("kept a few seconds: the same answer")
                        .isInstanceOf(DatasetLoadException.class).hasMessageContaining("odd")
                        .hasMessageContaining("a dataset needs at least one tag")
                        .hasCauseInstanceOf(IllegalArgumentException.class);
                assertThat(journals).as("not loaded again meanwhile").containsExactly("opened odd", "closed odd");
                nanos.addAndGet(CatalogEntry.FAILED_LOAD_KEPT.toNanos());
                assertThatThrownBy(() -> catalog.open("odd")).as("tried again").hasMessageContaining("odd");
            } finally {
                log.removeHandler(handler);
            }
            assertThat(warnings).as("logged once, with its stack trace").singleElement().satisfies(w -> {
                assertThat(w.getMessage()).contains("odd", "a dataset needs at least one tag");
                assertThat(w.getThrown()).isInstanceOf(IllegalArgumentException.class);
            });
            assertThat(journals).as("nothing of it stays open").containsExactly("opened odd", "closed odd",
                    "opened odd", "closed odd");
            assertThat(catalog.datasets().get(1).state()).isEqualTo(State.FAILED);
            assertThat(catalog.datasets().get(1).problem()).contains("a dataset needs at least one tag");
            try (OpenDataset good = catalog.open("good")) {
                assertThat(good.useCases().tags().tagSet().size()).isEqualTo(3);
            }

            fixed.set(true);
            nanos.addAndGet(CatalogEntry.FAILED_LOAD_KEPT.toNanos());
            try (OpenDataset odd = catalog.open("odd")) {
                assertThat(odd.useCases().tags().tagSet().size()).isEqualTo(3);
            }
            assertThat(catalog.datasets().get(1).state()).isEqualTo(State.LOADED);
        }
    }

    @Test
    void unloadsOnlyOnceNobodyHeldItForTheIdleTimeSavedAndAReloadKeepsEveryLabel() throws Exception {
        try (DatasetCatalog catalog = catalog(Optional.empty())) {
            OpenDataset open = catalog.open("route-a");
            open.useCases().tagFrames().tag(new TagChange(3, 3, List.of(TagValue.TRUE, TagValue.FALSE,
                    TagValue.FALSE)), "test");
            nanos.addAndGet(IDLE.toNanos() * 2);
            catalog.unloadIdle();
            assertThat(catalog.datasets().get(1).state()).as("held open").isEqualTo(State.LOADED);

            open.close();
            open.close();
            nanos.addAndGet(IDLE.toNanos() - 1);
            catalog.unloadIdle();
            assertThat(catalog.datasets().get(1).state()).as("idle not long enough").isEqualTo(State.LOADED);
            nanos.addAndGet(1);
            catalog.unloadIdle();

            assertThat(catalog.datasets().get(1)).isEqualTo(new DatasetSummary("route-a", State.UNLOADED, 6, 2, 4, 3,
                    ""));
            assertThat(stores.get("route-a").savedLabels().isLabelled(3)).isTrue();
            try (OpenDataset again = catalog.open("route-a")) {
                assertThat(opened).containsExactly("route-a", "route-a");
                assertThat(again.useCases().labels().labels().value(3, 0)).isEqualTo(TagValue.TRUE);
            }
        }
    }

    @Test
    void closingSavesEveryLoadedDataset() throws Exception {
        DatasetCatalog catalog = catalog(Optional.empty());
        try (OpenDataset open = catalog.open("route-b")) {
            open.useCases().tagFrames().tag(new TagChange(5, 5, List.of(TagValue.FALSE, TagValue.TRUE,
                    TagValue.FALSE)), "test");
        }
        catalog.close();
        assertThat(stores.get("route-b").savedLabels().value(5, 1)).isEqualTo(TagValue.TRUE);
    }
}
