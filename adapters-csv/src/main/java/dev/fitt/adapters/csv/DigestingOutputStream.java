package dev.fitt.adapters.csv;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Passes bytes on and fingerprints them on the way, so a save knows what it wrote without reading it back. */
final class DigestingOutputStream extends FilterOutputStream {
    private final Fingerprint.Digest digest = new Fingerprint.Digest();

    DigestingOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        digest.update(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
        digest.update(bytes, offset, length);
    }

    Fingerprint fingerprint() {
        return digest.fingerprint();
    }
}
