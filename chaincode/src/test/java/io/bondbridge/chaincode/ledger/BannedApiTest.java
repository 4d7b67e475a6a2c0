package io.bondbridge.chaincode.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Endorsing peers must compute the same bytes: no clock, no randomness, no floating point, no printing, no
 * unordered collections in chaincode main code, nor in the api module's, which the chaincode runs too (its records'
 * validation, the codec, the payment hash). A grep is crude but it fails the build on the day someone slips.
 */
class BannedApiTest {
    private static final Pattern BANNED = Pattern.compile(String.join(
            "|",
            "System\\.currentTimeMillis",
            "System\\.nanoTime",
            "Instant\\.now\\(",
            "LocalDate(Time)?\\.now\\(",
            "Clock\\.",
            "new Random\\(",
            "Math\\.random",
            "ThreadLocalRandom",
            "UUID\\.randomUUID",
            "SecureRandom",
            "\\b(double|float|Double|Float)\\b",
            "System\\.(out|err)",
            "\\bnew Hash(Map|Set)<",
            "\\.parallelStream\\("));

    /** The main sources the chaincode runs: its own and the api module's (the test runs in the chaincode module). */
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java"), Path.of("../api/src/main/java"));

    @Test
    void chaincodeAndApiMainCodeUseNoNondeterministicApi() throws IOException {
        List<String> hits = new ArrayList<>();
        for (Path root : SOURCES) {
            assertThat(root.resolve("io/bondbridge"))
                    .as("sources under " + root.toAbsolutePath())
                    .isDirectory();
            scan(root, hits);
        }
        assertThat(hits).as("banned APIs in chaincode and api").isEmpty();
    }

    private static void scan(Path root, List<String> hits) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String code = lines.get(i).replaceAll("//.*$", "");
                    if (!code.trim().startsWith("*") && BANNED.matcher(code).find()) {
                        hits.add(file + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        }
    }
}
