package dev.fitt.adapters.csv;

import dev.fitt.adapters.csv.journal.FileLayer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The real file system, with a model beside it of what a power loss at any moment would leave:
 * a file's data as of its last sync, and the names in a folder as of that folder's last sync
 * (a rename, creation or deletion done since may or may not have reached the disk, each on its
 * own). After every operation that changes that model it is kept as a crash point, which a test
 * can write out as the files a restart would find. One flat folder; files are known by name.
 */
final class RecordingFileLayer implements FileLayer {
    /** A change of names in the folder, not yet synced. */
    private sealed interface NameChange {
        void applyTo(Map<String, Integer> names);
    }

    private record Created(String name, int file) implements NameChange {
        @Override
        public void applyTo(Map<String, Integer> names) {
            names.put(name, file);
        }
    }

    private record Moved(String from, String to) implements NameChange {
        @Override
        public void applyTo(Map<String, Integer> names) {
            Integer file = names.remove(from);
            if (file != null) {
                names.put(to, file);
            }
        }
    }

    private record Deleted(String name) implements NameChange {
        @Override
        public void applyTo(Map<String, Integer> names) {
            names.remove(name);
        }
    }

    /** What the disk holds for sure at one moment, and the name changes that may or may not be there. */
    record CrashPoint(int index, Map<String, Integer> names, Map<Integer, byte[]> data, List<NameChange> unsynced) {
        /**
         * Writes out, into {@code folder}, the files a restart finds when of the unsynced name changes
         * exactly those in {@code kept} (bit i: change i; -1: all) reached the disk.
         */
        void writeTo(Path folder, int kept) throws IOException {
            Map<String, Integer> found = new HashMap<>(names);
            for (int i = 0; i < unsynced.size(); i++) {
                if (i < 30 && (kept & (1 << i)) != 0 || i >= 30 && kept == -1) {
                    unsynced.get(i).applyTo(found);
                }
            }
            Files.createDirectories(folder);
            for (Map.Entry<String, Integer> entry : found.entrySet()) {
                Files.write(folder.resolve(entry.getKey()), data.getOrDefault(entry.getValue(), new byte[0]));
            }
        }

        /** How many name changes were not yet synced. */
        int unsyncedCount() {
            return unsynced.size();
        }
    }

    private final FileLayer real = FileLayer.real();
    private final Path folder;
    private int nextFile;
    /** The names as they are now, and as synced. */
    private final Map<String, Integer> names = new HashMap<>();
    private final Map<String, Integer> syncedNames = new HashMap<>();
    private final Map<Integer, byte[]> syncedData = new HashMap<>();
    private final List<NameChange> unsynced = new ArrayList<>();
    private final List<CrashPoint> crashPoints = new ArrayList<>();
    private final Map<String, Integer> operations = new LinkedHashMap<>();

    /** Takes the files already in {@code folder} as safely on disk. */
    RecordingFileLayer(Path folder) throws IOException {
        this.folder = folder.toAbsolutePath();
        try (Stream<Path> files = Files.list(this.folder)) {
            for (Path file : files.toList()) {
                int id = nextFile++;
                names.put(name(file), id);
                syncedData.put(id, Files.readAllBytes(file));
            }
        }
        syncedNames.putAll(names);
        keepCrashPoint();
    }

    synchronized List<CrashPoint> crashPoints() {
        return List.copyOf(crashPoints);
    }

    /** The number of crash points so far: a change acknowledged now is in every one from {@code size - 1} on. */
    synchronized int crashPointCount() {
        return crashPoints.size();
    }

    /** How often each operation ran. */
    synchronized Map<String, Integer> operations() {
        return Map.copyOf(operations);
    }

    private String name(Path file) {
        Path absolute = file.toAbsolutePath();
        if (!absolute.getParent().equals(folder)) {
            throw new IllegalArgumentException(file + " is outside the recorded folder " + folder);
        }
        return absolute.getFileName().toString();
    }

    private void count(String operation) {
        operations.merge(operation, 1, Integer::sum);
    }

    private void keepCrashPoint() {
        crashPoints.add(new CrashPoint(crashPoints.size(), Map.copyOf(syncedNames), Map.copyOf(syncedData),
                List.copyOf(unsynced)));
    }

    @Override
    public synchronized FileChannel open(Path file, Set<? extends OpenOption> options) throws IOException {
        String name = name(file);
        boolean existed = Files.exists(file);
        FileChannel channel = real.open(file, options);
        count("open");
        if (!existed) {
            int id = nextFile++;
            names.put(name, id);
            unsynced.add(new Created(name, id));
            keepCrashPoint();
        }
        return channel;
    }

    @Override
    public synchronized int write(FileChannel channel, ByteBuffer bytes, long position) throws IOException {
        count("write");
        return real.write(channel, bytes, position);
    }

    @Override
    public synchronized void force(FileChannel channel, Path file, boolean metadata) throws IOException {
        real.force(channel, file, metadata);
        count("force");
        Integer id = names.get(name(file));
        if (id == null) {
            throw new IllegalStateException("synced " + file + ", which the model does not know");
        }
        syncedData.put(id, Files.readAllBytes(file));
        keepCrashPoint();
    }

    @Override
    public synchronized void move(Path from, Path to) throws IOException {
        real.move(from, to);
        count("move");
        NameChange change = new Moved(name(from), name(to));
        change.applyTo(names);
        unsynced.add(change);
        keepCrashPoint();
    }

    @Override
    public synchronized void delete(Path file) throws IOException {
        String name = name(file);
        boolean existed = Files.exists(file);
        real.delete(file);
        count("delete");
        if (existed) {
            NameChange change = new Deleted(name);
            change.applyTo(names);
            unsynced.add(change);
            keepCrashPoint();
        }
    }

    @Override
    public synchronized void syncFolder(Path synced) throws IOException {
        if (!synced.toAbsolutePath().equals(folder)) {
            throw new IllegalArgumentException(synced + " is not the recorded folder " + folder);
        }
        real.syncFolder(synced);
        count("syncFolder");
        unsynced.forEach(change -> change.applyTo(syncedNames));
        unsynced.clear();
        keepCrashPoint();
    }
}
