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
 * unordered collections in chaincode main code. A grep is crude but it fails the build on the day someone slips.
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

    @Test
    void chaincodeMainCodeUsesNoNondeterministicApi() throws IOException {
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
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
        assertThat(hits).as("banned APIs in chaincode").isEmpty();
    }
}
