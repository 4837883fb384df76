package dev.fitt.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class CsvFieldScannerTest {
    /** Every record of {@code text}, at most 100. */
    private static List<List<String>> records(String text) throws IOException {
        CsvFieldScanner scanner = new CsvFieldScanner(new StringReader(text), "data.csv");
        List<List<String>> records = new ArrayList<>();
        while (records.size() < 100 && scanner.nextRecord()) {
            records.add(scanner.readRecord());
        }
        return records;
    }

    @Test
    void quotedFieldsKeepCommasLineEndsAndDoubledQuotes() throws Exception {
        assertThat(records("\"a,b\",\"say \"\"hi\"\"\r\nthere\",c\n"))
                .containsExactly(List.of("a,b", "say \"hi\"\r\nthere", "c"));
    }

    @Test
    void lfCrlfAndALoneCrAllEndARecord() throws Exception {
        assertThat(records("a\nb\r\nc\rd")).containsExactly(List.of("a"), List.of("b"), List.of("c"), List.of("d"));
    }

    @Test
    void emptyLinesAreSkippedButALineOfOneQuotedEmptyFieldIsARecord() throws Exception {
        assertThat(records("\n\na\r\n\r\n\"\"\n\n")).containsExactly(List.of("a"), List.of(""));
    }

    @Test
    void aTrailingCommaGivesAnEmptyLastFieldAlsoAtTheEndOfTheFile() throws Exception {
        assertThat(records("a,\nb,")).containsExactly(List.of("a", ""), List.of("b", ""));
    }

    @Test
    void quotesInsideAnUnquotedFieldAndSpacesAroundFieldsAreText() throws Exception {
        assertThat(records(" a\"b , \"c\"\n")).containsExactly(List.of(" a\"b ", " \"c\""));
    }

    @Test
    void whitespaceAfterAClosingQuoteIsDropped() throws Exception {
        assertThat(records("\"a\" \t,\"b\"  \n")).containsExactly(List.of("a", "b"));
    }

    @Test
    void textAfterAClosingQuoteNamesFileAndLine() {
        assertThatThrownBy(() -> records("h\n\"a\"x,b\n")).isInstanceOf(CsvFieldScanner.MalformedCsvException.class)
                .hasMessage("data.csv line 2: 'x' after a closing quote; a quoted field must be followed by a comma "
                        + "or the line's end");
    }

    @Test
    void anUnclosedQuoteNamesTheLineItStartsOn() {
        assertThatThrownBy(() -> records("h\r\nok\r\n\"never\nclosed")).isInstanceOf(CsvFieldScanner.MalformedCsvException.class)
                .hasMessage("data.csv line 3: a quoted field is never closed (the file ends inside it)");
    }

    @Test
    void fieldsLongerThanTheBuffersAreWhole() throws Exception {
        String longField = "x".repeat(200_000);
        assertThat(records(longField + ",\"" + longField + "\"\n"))
                .containsExactly(List.of(longField, longField));
    }
}
