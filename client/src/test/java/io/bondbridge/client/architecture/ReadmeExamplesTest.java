package io.bondbridge.client.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Every {@code ```java} block of README.md compiles against the library as built: each becomes the body of a method
 * in a class of its own, with the library's packages imported, so a renamed class or method breaks the build
 * instead of the reader.
 */
class ReadmeExamplesTest {
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    /** The packages a reader of the README imports (their public types only). */
    private static final List<String> IMPORTS = List.of(
            "java.math",
            "java.nio.file",
            "java.time",
            "java.util",
            "io.bondbridge.client",
            "io.bondbridge.client.audit",
            "io.bondbridge.client.bond",
            "io.bondbridge.client.embedded",
            "io.bondbridge.client.governance",
            "io.bondbridge.client.payment",
            "io.bondbridge.client.stable",
            "io.bondbridge.client.transport",
            "io.bondbridge.api",
            "io.bondbridge.api.governance",
            "io.bondbridge.api.bond",
            "io.bondbridge.api.stable",
            "io.bondbridge.api.payment",
            "io.bondbridge.api.audit");

    @Test
    void everyJavaExampleInTheReadmeCompiles() throws IOException {
        List<String> blocks = javaBlocks(Files.readString(readme(), StandardCharsets.UTF_8));
        assertThat(blocks).as("java blocks in README.md").hasSizeGreaterThanOrEqualTo(4);

        List<JavaFileObject> sources = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            sources.add(source("ReadmeExample" + i, blocks.get(i)));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path out = Files.createTempDirectory("readme-examples");
        boolean ok = javac.getTask(
                        null,
                        null,
                        diagnostics,
                        List.of(
                                "-classpath",
                                System.getProperty("java.class.path"),
                                "-d",
                                out.toString(),
                                "-proc:none"),
                        null,
                        sources)
                .call();

        String errors = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                .collect(Collectors.joining("\n"));
        assertThat(errors).as("compiler errors in README.md's examples").isEmpty();
        assertThat(ok).isTrue();
    }

    static List<String> javaBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        Matcher m = JAVA_BLOCK.matcher(markdown);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    private static JavaFileObject source(String className, String body) {
        String imports = IMPORTS.stream().map(p -> "import " + p + ".*;").collect(Collectors.joining("\n"));
        String code =
                imports + "\n\nclass " + className + " {\n    void run() throws Exception {\n" + body + "\n    }\n}\n";
        return new SimpleJavaFileObject(URI.create("string:///" + className + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }
        };
    }

    /** README.md at the repository root, found upwards from the module's working directory. */
    private static Path readme() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("README.md"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("README.md above " + Path.of("").toAbsolutePath()).isNotNull();
        return dir.resolve("README.md");
    }
}
