package io.bondbridge.client.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code serve}: the HTTP API of one organization ({@code --as}) over the embedded ledger or Fabric, until stopped.
 * Loopback by default; bound anywhere else it needs TLS and a bearer token, or it does not start (exit 2). Its
 * fields and method signatures name no server type, so picocli's reflection on it loads no server class: those load
 * when {@code serve} runs.
 */
@Command(
        name = "serve",
        description = "Serve the HTTP API (every command as a resource) and the reserve pages, as one organization.")
final class ServeCommand extends CliCommand {
    @Option(names = "--port", paramLabel = "PORT", description = "port (default 8080; 0 picks a free one)")
    int port = 8080;

    @Option(
            names = "--bind",
            paramLabel = "ADDRESS",
            description = "address to listen on (default 127.0.0.1); any other needs --tls-keystore and --token-file")
    String bind = "127.0.0.1";

    @Option(
            names = "--token-file",
            paramLabel = "FILE",
            description = "a file holding the bearer token every request must send (Authorization: Bearer TOKEN)")
    Path tokenFile;

    @Option(
            names = "--tls-keystore",
            paramLabel = "FILE",
            description = "PKCS#12 keystore with the server's key and certificate: serve HTTPS")
    Path keystore;

    @Option(names = "--tls-password-file", paramLabel = "FILE", description = "a file holding the keystore's password")
    Path passwordFile;

    @Override
    void run(Session s) {
        // in a class of its own: verifying this one then loads no server type, so other commands never load one
        Serving.run(this, s);
    }
}
