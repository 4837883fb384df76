package dev.fitt.adapters.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a CSV file is laid out byte-wise, so a save writes it back the same way: byte order mark,
 * line ending, and whether the last line ends with one.
 */
record SourceStyle(boolean bom, String recordSeparator, boolean endsWithSeparator) {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    SourceStyle {
        if (!"\n".equals(recordSeparator) && !"\r\n".equals(recordSeparator)) {
            throw new IllegalArgumentException("record separator must be LF or CRLF");
        }
    }

    static SourceStyle of(Path file) throws IOException {
        boolean bom = false;
        String separator = "\n";
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            int read = in.readNBytes(buffer, 0, buffer.length);
            bom = read >= 3 && buffer[0] == UTF8_BOM[0] && buffer[1] == UTF8_BOM[1] && buffer[2] == UTF8_BOM[2];
            int previous = -1;
            scan:
            while (read > 0) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        separator = previous == '\r' ? "\r\n" : "\n";
                        break scan;
                    }
                    previous = buffer[i];
                }
                read = in.read(buffer);
            }
        }
        return new SourceStyle(bom, separator, endsWithNewline(file));
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            if (channel.size() == 0) {
                return false;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.position(channel.size() - 1);
            channel.read(last);
            return last.get(0) == '\n';
        }
    }
}
