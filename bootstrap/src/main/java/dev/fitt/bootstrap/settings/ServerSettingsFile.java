package dev.fitt.bootstrap.settings;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Objects;
import java.util.UUID;

/**
 * Writes one field of server_setting.json back while the server runs. The file is read again at
 * every write, as a JSON tree, and only that field's value is replaced: every other field, fields
 * fitt does not know, and their order stay as the file has them now, so an edit made by hand since
 * the start is kept (it applies at the next start). Whitespace is the README's layout. Atomic like
 * the labels' saves: a temp file beside it with the file's permissions (it may hold tokens), forced
 * to disk, renamed over the file, the folder forced; a crash leaves the old file or the new one.
 */
public final class ServerSettingsFile {
    /** How the new bytes reach the temp file; tests replace it to fail as a full disk does. */
    @FunctionalInterface
    public interface FileWrites {
        /** Writes {@code bytes} to {@code temp} (a new file) and forces them to disk. */
        void writeAndForce(Path temp, byte[] bytes) throws IOException;

        FileWrites REAL = (temp, bytes) -> {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
        };
    }

    private final Path file;
    private final FileWrites writes;
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    public ServerSettingsFile(Path file) {
        this(file, FileWrites.REAL);
    }

    public ServerSettingsFile(Path file, FileWrites writes) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
        this.writes = Objects.requireNonNull(writes, "writes");
    }

    public Path path() {
        return file;
    }

    /** Sets {@code field} to a whole number; see the class comment. */
    public void set(String field, int value) throws IOException {
        ObjectNode settings = read();
        settings.put(field, value);
        replace(settings);
    }

    /** Sets {@code field} to a string; see the class comment. */
    public void set(String field, String value) throws IOException {
        ObjectNode settings = read();
        settings.put(field, value);
        replace(settings);
    }

    private ObjectNode read() throws IOException {
        String text = Files.readString(file);
        JsonNode tree;
        try {
            tree = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IOException(JsonProblemMessage.of(file, text, e), e);
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new IOException(file + " does not hold a JSON object any more");
        }
        return object;
    }

    private void replace(ObjectNode settings) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
                Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("    ", "\n"));
        byte[] bytes = (mapper.writer(printer).writeValueAsString(settings) + "\n").getBytes(StandardCharsets.UTF_8);
        Path folder = file.getParent();
        Path temp = folder.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            writes.writeAndForce(temp, bytes);
            keepPermissions(temp);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        forceFolder(folder);
    }

    /** The temp file gets the settings file's mode (and group, where allowed): it may hold tokens. */
    private void keepPermissions(Path temp) throws IOException {
        PosixFileAttributeView original = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        PosixFileAttributeView copy = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (original == null || copy == null) {
            return;
        }
        copy.setPermissions(original.readAttributes().permissions());
        try {
            copy.setGroup(original.readAttributes().group());
        } catch (AccessDeniedException | UnsupportedOperationException e) {
            // Not a member of that group: the mode still keeps others out.
        }
    }

    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some file systems cannot open a folder for sync; the rename is done either way.
        }
    }
}
