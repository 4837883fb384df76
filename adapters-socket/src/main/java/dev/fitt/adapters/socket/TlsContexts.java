package dev.fitt.adapters.socket;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/** Builds the TLS contexts from the files the user named; every failure names the file. */
public final class TlsContexts {
    private static final String PROTOCOL = "TLSv1.3";

    private TlsContexts() {
    }

    public static SSLContext server(ServerTls tls) throws IOException {
        char[] password = tls.password().toCharArray();
        try (InputStream in = Files.newInputStream(tls.keystore())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            SSLContext context = SSLContext.getInstance(PROTOCOL);
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IOException("cannot use the TLS keystore " + tls.keystore() + " (PKCS12): " + e.getMessage(), e);
        }
    }

    /**
     * Lets a server socket agree only on forward-secret suites: TLS 1.3 (whose key exchange is
     * always ephemeral) and TLS 1.2 with ECDHE and an AEAD cipher. A recorded session then stays
     * unreadable even if the server's key leaks later, and CBC's padding-oracle history is avoided.
     */
    public static void forwardSecretOnly(SSLSocket socket) {
        socket.setEnabledProtocols(Arrays.stream(socket.getSupportedProtocols())
                .filter(p -> p.equals("TLSv1.3") || p.equals("TLSv1.2")).toArray(String[]::new));
        socket.setEnabledCipherSuites(Arrays.stream(socket.getEnabledCipherSuites())
                .filter(TlsContexts::forwardSecret).toArray(String[]::new));
    }

    static boolean forwardSecret(String suite) {
        if (suite.startsWith("TLS_AES_") || suite.startsWith("TLS_CHACHA20_")
                || suite.equals("TLS_EMPTY_RENEGOTIATION_INFO_SCSV")) {
            return true;
        }
        return suite.startsWith("TLS_ECDHE_") && (suite.contains("_GCM_") || suite.contains("_CHACHA20_POLY1305_"));
    }

    public static SSLContext client(ClientTls tls) throws IOException {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore(tls));
            SSLContext context = SSLContext.getInstance(PROTOCOL);
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot trust the certificates in " + tls.trusted() + ": " + e.getMessage(), e);
        }
    }

    /** A certificate file (PEM or DER) when it parses as one, else a PKCS12 truststore. */
    private static KeyStore trustStore(ClientTls tls) throws IOException, GeneralSecurityException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(tls.trusted());
        } catch (IOException e) {
            throw new IOException("cannot read the trusted certificate file " + tls.trusted() + ": " + e, e);
        }
        Collection<? extends Certificate> certificates;
        try {
            certificates = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(bytes));
        } catch (CertificateException e) {
            certificates = List.of();
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        if (certificates.isEmpty()) {
            try {
                store.load(new ByteArrayInputStream(bytes), tls.password().orElse("").toCharArray());
            } catch (IOException e) {
                throw new IOException("the trusted file " + tls.trusted()
                        + " is neither an X.509 certificate (PEM/DER) nor a PKCS12 truststore: " + e.getMessage(), e);
            }
            return store;
        }
        store.load(null, null);
        int i = 0;
        for (Certificate certificate : certificates) {
            store.setCertificateEntry("trusted-" + i++, certificate);
        }
        return store;
    }
}
