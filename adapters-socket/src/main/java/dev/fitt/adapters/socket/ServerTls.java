package dev.fitt.adapters.socket;

import java.nio.file.Path;
import java.util.Objects;

/**
 * TLS for the server: its certificate and private key in a PKCS12 keystore.
 *
 * @param keystore path of the PKCS12 file (e.g. made with {@code keytool -genkeypair -storetype PKCS12})
 * @param password the keystore's password, also used for the key
 */
public record ServerTls(Path keystore, String password) {
    public ServerTls {
        Objects.requireNonNull(keystore, "keystore");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "ServerTls[keystore=" + keystore + "]";
    }
}
