// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.inventory.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the bad-input corpus ({@code src/test/resources/csv-corpus}) against its line in
 * {@code expectations.txt}: the rows a good file yields, the exact (line, column) of each error in a bad one, or the
 * one message for a file that cannot be read as an inventory list. Any file without an expectation fails the test.
 */
class CsvCorpusTest {

    record Expectation(String file, String outcome) {
        @Override
        public String toString() {
            return file + " → " + outcome;
        }
    }

    static Stream<Expectation> corpus() throws IOException {
        List<Expectation> expectations = new ArrayList<>();
        for (String line : resource("expectations.txt").lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(": ");
            expectations.add(new Expectation(
                    line.substring(0, colon), line.substring(colon + 2).strip()));
        }
        assertThat(expectations).hasSizeGreaterThanOrEqualTo(30);
        return expectations.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void fileHasItsExpectedOutcome(Expectation expectation) throws IOException {
        byte[] bytes = bytes(expectation.file());
        List<String> words = Arrays.asList(expectation.outcome().split(" "));
        Currency defaultCurrency = words.contains("default=none") ? null : Currency.getInstance("GBP");
        List<CsvRow> rows = new ArrayList<>();
        CsvPreview preview =
                CsvImportParser.parse(CsvSource.of(bytes), CsvOptions.defaults(defaultCurrency), rows::add);
        String kind = words.get(0);
        switch (kind) {
            case "ok" -> {
                int expected = Integer.parseInt(words.get(1));
                assertThat(preview.problem()).as("problem").isNull();
                assertThat(preview.errors()).as("errors").isEmpty();
                assertThat(preview.rowCount()).isEqualTo(expected);
                assertThat(rows).hasSize(expected);
                assertThat(preview.importable()).isTrue();
                for (String word : words.subList(2, words.size())) {
                    if (word.startsWith("delimiter=")) {
                        String d = word.substring("delimiter=".length());
                        assertThat(preview.delimiter()).isEqualTo(d.equals("tab") ? '\t' : d.charAt(0));
                    }
                }
                int at = expectation.outcome().indexOf("encoding=");
                if (at >= 0) {
                    assertThat(preview.encoding())
                            .startsWith(expectation.outcome().substring(at + "encoding=".length()));
                }
            }
            case "errors" -> {
                assertThat(preview.problem()).as("problem").isNull();
                List<String> expected = words.subList(1, words.size()).stream()
                        .filter(w -> w.matches("\\d+:.*"))
                        .toList();
                List<String> actual = preview.errors().stream()
                        .map(e -> e.line() + ":" + Objects.requireNonNullElse(e.column(), "-"))
                        .toList();
                assertThat(actual).as(preview.errors().toString()).containsExactlyElementsOf(expected);
                assertThat(preview.errorCount()).isEqualTo(expected.size());
                assertThat(preview.importable()).isFalse();
                assertThat(preview.errors())
                        .allSatisfy(e -> assertThat(e.message()).isNotBlank());
            }
            case "errorcount" -> {
                int expected = Integer.parseInt(words.get(1));
                assertThat(preview.errorCount()).isEqualTo(expected);
                assertThat(preview.errors()).hasSize(Math.min(expected, CsvOptions.MAX_ERRORS));
                assertThat(preview.importable()).isFalse();
            }
            case "refused" -> {
                String message = String.join(" ", words.subList(1, words.size()));
                assertThat(preview.problem()).containsIgnoringCase(message);
                assertThat(preview.importable()).isFalse();
                assertThat(rows).isEmpty();
            }
            default -> throw new IllegalStateException("unknown expectation " + expectation);
        }
    }

    @org.junit.jupiter.api.Test
    void everyCorpusFileHasAnExpectation() throws IOException {
        List<String> named = corpus().map(Expectation::file).toList();
        try (InputStream listing = CsvCorpusTest.class.getResourceAsStream("/csv-corpus/")) {
            if (listing == null) {
                return;
            }
            List<String> files = new String(listing.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(f -> !f.equals("expectations.txt"))
                    .toList();
            assertThat(named).containsExactlyInAnyOrderElementsOf(files);
        }
    }

    static byte[] bytes(String file) {
        try (InputStream in = CsvCorpusTest.class.getResourceAsStream("/csv-corpus/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no corpus file " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }
}
