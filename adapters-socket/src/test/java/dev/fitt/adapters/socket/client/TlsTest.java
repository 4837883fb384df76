package dev.fitt.adapters.socket.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.adapters.socket.ClientConfig;
import dev.fitt.adapters.socket.ClientTls;
import dev.fitt.adapters.socket.ImagesInFolder;
import dev.fitt.adapters.socket.RawClient;
import dev.fitt.adapters.socket.RunningServer;
import dev.fitt.adapters.socket.ServerTls;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.adapters.socket.SocketServerConfig;
import dev.fitt.adapters.socket.TestDataset;
import dev.fitt.adapters.socket.protocol.Request;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.ports.ServerUnreachableException;
import dev.fitt.client.port.out.ServerCapabilities;
import dev.fitt.client.port.out.TaggingServerPort;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** TLS with self-signed certificates made at test time by the JDK's own keytool. */
@Timeout(120)
class TlsTest {
    private static final String PASSWORD = "changeit";

    @TempDir
    static Path dir;
    private static Path serverStore;
    private static Path serverCert;
    private static Path otherCert;
    private static Path rsaStore;

    @BeforeAll
    static void makeCertificates() throws Exception {
        serverStore = dir.resolve("server.p12");
        serverCert = dir.resolve("server.pem");
        Path otherStore = dir.resolve("other.p12");
        otherCert = dir.resolve("other.der");
        keytool("-genkeypair", "-alias", "fitt", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", serverStore.toString(),
                "-storepass", PASSWORD, "-keypass", PASSWORD);
        keytool("-exportcert", "-rfc", "-alias", "fitt", "-keystore", serverStore.toString(), "-storepass", PASSWORD,
                "-file", serverCert.toString());
        keytool("-genkeypair", "-alias", "other", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=other",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", otherStore.toString(),
                "-storepass", PASSWORD, "-keypass", PASSWORD);
        keytool("-exportcert", "-alias", "other", "-keystore", otherStore.toString(), "-storepass", PASSWORD,
                "-file", otherCert.toString());
        // An RSA key, with which a client could ask for RSA key exchange (no forward secrecy).
        rsaStore = dir.resolve("rsa.p12");
        keytool("-genkeypair", "-alias", "fitt", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", rsaStore.toString(),
                "-storepass", PASSWORD, "-keypass", PASSWORD);
    }

    @Test
    void suitesWithoutForwardSecrecyAreRefused() throws Exception {
        try (RunningServer server = new TestDataset().start(SocketServerConfig.of("127.0.0.1", 0)
                .withTls(new ServerTls(rsaStore, PASSWORD)))) {
            for (String suite : List.of("TLS_RSA_WITH_AES_128_GCM_SHA256", "TLS_RSA_WITH_AES_256_CBC_SHA256",
                    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256")) {
                assertThatThrownBy(() -> handshake(server, "TLSv1.2", suite)).as(suite)
                        .isInstanceOf(IOException.class);
            }
        }
    }

    @Test
    void forwardSecretSuitesAreServed() throws Exception {
        try (RunningServer server = new TestDataset().start(SocketServerConfig.of("127.0.0.1", 0)
                .withTls(new ServerTls(rsaStore, PASSWORD)))) {
            assertThat(handshake(server, "TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"))
                    .isEqualTo("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256");
            assertThat(handshake(server, "TLSv1.2", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"))
                    .isEqualTo("TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256");
            assertThat(handshake(server, "TLSv1.3", "TLS_AES_128_GCM_SHA256")).isEqualTo("TLS_AES_128_GCM_SHA256");
        }
    }

    /** A real handshake offering only {@code suite}; the suite agreed, or the handshake's failure. */
    private static String handshake(RunningServer server, String protocol, String suite) throws Exception {
        javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
        // This test is about the server's choice of suites, not about trusting its certificate.
        context.init(null, new javax.net.ssl.TrustManager[] {new javax.net.ssl.X509TrustManager() {
            @Override
            public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String auth) {
            }

            @Override
            public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String auth) {
            }

            @Override
            public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                return new java.security.cert.X509Certificate[0];
            }
        }}, null);
        try (javax.net.ssl.SSLSocket socket = (javax.net.ssl.SSLSocket) context.getSocketFactory()
                .createSocket("127.0.0.1", server.address().getPort())) {
            socket.setSoTimeout(10_000);
            socket.setEnabledProtocols(new String[] {protocol});
            socket.setEnabledCipherSuites(new String[] {suite});
            socket.startHandshake();
            return socket.getSession().getCipherSuite();
        }
    }

    @Test
    void clientTrustingTheServersCertificateTalksOverTls() throws Exception {
        TestDataset dataset = new TestDataset();
        try (RunningServer server = dataset.start(SocketServerConfig.of("127.0.0.1", 0)
                .withTls(new ServerTls(serverStore, PASSWORD)));
             TaggingServerPort client = SocketAdapter.connect(config(server).withTls(ClientTls.trusting(serverCert)))) {
            assertThat(client.capabilities()).isEqualTo(ServerCapabilities.ALL);
            assertThat(client.fetchDataset().labels()).isEqualTo(dataset.service.queries().labels());
            client.tag(TagChange.ofRow(3, List.of(TagValue.TRUE, TagValue.TRUE, TagValue.FALSE)));
            assertThat(client.fetchImage(1).bytes()).isEqualTo(TestDataset.imageBytes("img/a_left_0.jpg"));
            assertThat(client.fetchVersionedLabels().labels().value(3, 2)).isEqualTo(TagValue.FALSE);
        }
    }

    @Test
    void imagesStoredAsFilesArriveWholeOverTlsToo(@TempDir Path folder) throws Exception {
        // over TLS the server cannot hand a file to the kernel: it sends the bytes it reads
        ImagesInFolder images = new ImagesInFolder(folder);
        TestDataset dataset = new TestDataset(images);
        byte[] bytes = images.put(dataset.service.dataset().filePath(4), 70_000, 4);
        try (RunningServer server = dataset.start(SocketServerConfig.of("127.0.0.1", 0)
                .withTls(new ServerTls(serverStore, PASSWORD)));
             TaggingServerPort client = SocketAdapter.connect(config(server).withTls(ClientTls.trusting(serverCert)))) {
            assertThat(client.fetchImage(4).bytes()).isEqualTo(bytes);
        }
    }

    @Test
    void clientTrustingAPkcs12TruststoreTalksOverTls() throws Exception {
        TestDataset dataset = new TestDataset();
        try (RunningServer server = dataset.start(SocketServerConfig.of("127.0.0.1", 0)
                .withTls(new ServerTls(serverStore, PASSWORD)));
             TaggingServerPort client = SocketAdapter.connect(config(server)
                     .withTls(new ClientTls(serverStore, java.util.Optional.of(PASSWORD))))) {
            assertThat(client.fetchDataset().size()).isEqualTo(19);
        }
    }

    @Test
    void wrongCertificateFailsClearly() throws Exception {
        TestDataset dataset = new TestDataset();
        try (RunningServer server = dataset.start(SocketServerConfig.of("127.0.0.1", 0)
                .withTls(new ServerTls(serverStore, PASSWORD)));
             TaggingServerPort client = SocketAdapter.connect(config(server).withTls(ClientTls.trusting(otherCert)))) {
            String peer = "127.0.0.1:" + server.address().getPort();
            assertThatThrownBy(client::fetchDataset).isInstanceOf(ServerUnreachableException.class)
                    .hasMessageStartingWith("cannot reach the tagging server at " + peer + ": the TLS handshake with "
                            + peer + " failed (is its certificate the one in " + otherCert + "?)");
        }
    }

    @Test
    void plainClientGetsNothingFromATlsServerAndTheServerGoesOn() throws Exception {
        TestDataset dataset = new TestDataset();
        // Two bytes are not even a TLS record header: the handshake waits out the message timeout.
        try (RunningServer server = dataset.start(SocketServerConfig.of("127.0.0.1", 0)
                .withTls(new ServerTls(serverStore, PASSWORD)).withMessageTimeout(Duration.ofMillis(300)))) {
            try (RawClient plain = new RawClient(server.address())) {
                plain.send(new Request.TagList());
                assertThat(plain.drainUntilClosedByServer(1 << 20)).isTrue();
            }
            try (TaggingServerPort client = SocketAdapter.connect(config(server)
                    .withTls(ClientTls.trusting(serverCert)))) {
                assertThat(client.fetchDataset().size()).isEqualTo(19);
            }
        }
    }

    @Test
    void unreadableKeystoreIsNamedWhenTheServerStarts() {
        Path missing = dir.resolve("missing.p12");
        assertThatThrownBy(() -> new TestDataset().start(SocketServerConfig.of("127.0.0.1", 0)
                .withTls(new ServerTls(missing, PASSWORD))))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("cannot use the TLS keystore " + missing + " (PKCS12)");
    }

    private static ClientConfig config(RunningServer server) {
        return ClientConfig.of("127.0.0.1", server.address().getPort(), Duration.ofSeconds(10));
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("keytool finished").isTrue();
        assertThat(process.exitValue()).as("keytool %s: %s", args[0], output).isZero();
    }
}
