package dev.fitt.adapters.socket;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * TLS for the client: it trusts exactly the certificates in {@code trusted} and nothing else, so
 * a self-signed server certificate works and any other certificate is refused.
 *
 * @param trusted  an X.509 certificate file (PEM or DER), or a PKCS12 truststore
 * @param password the truststore's password; empty for a certificate file
 */
public record ClientTls(Path trusted, Optional<String> password) {
    public ClientTls {
        Objects.requireNonNull(trusted, "trusted");
        Objects.requireNonNull(password, "password");
    }

    public static ClientTls trusting(Path certificate) {
        return new ClientTls(certificate, Optional.empty());
    }

    @Override
    public String toString() {
        return "ClientTls[trusted=" + trusted + "]";
    }
}
