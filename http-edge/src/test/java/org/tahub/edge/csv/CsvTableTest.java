package org.tahub.edge.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void aTableIsItsHeaderThenOneLinePerRowQuotedWhereRfc4180AsksIt() {
        String csv = new CsvTable("state", "areas", "text", "seconds")
                .row("KEN", List.of("V", "X"), "Analysts, \"trained\"", 86400L)
                .row("GHA", List.of(), null, null)
                .write();
        assertThat(csv.lines()).containsExactly("state,areas,text,seconds", "KEN,V;X,\"Analysts, \"\"trained\"\"\",86400",
                "GHA,,,");
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsPrefixedWithAnApostrophe() {
        String csv = new CsvTable("text").row("=HYPERLINK(\"http://x\")").row("+1").row("-2").row("@SUM(A1)")
                .row("a = b").write();
        assertThat(csv.lines()).containsExactly("text", "\"'=HYPERLINK(\"\"http://x\"\")\"", "'+1", "'-2", "'@SUM(A1)",
                "a = b");
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        assertThatThrownBy(() -> new CsvTable("a", "b").row("only one")).isInstanceOf(IllegalArgumentException.class);
    }
}
