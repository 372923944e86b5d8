package org.tahub.dashboard.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void csvQuotesWhatNeedsQuotingAndJoinsLists() {
        Table t = Table.of("t", "caption", "State", "Areas", "Need", "Count")
                .row("Kenya", List.of("V", "X"), "Training, \"urgent\"\nfor judges", 3)
                .row("Chad", List.of(), null, 0);
        assertThat(t.csv()).isEqualTo("State,Areas,Need,Count\r\n"
                + "Kenya,V X,\"Training, \"\"urgent\"\"\nfor judges\",3\r\n"
                + "Chad,,,0\r\n");
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsDefused() {
        Table t = Table.of("t", "caption", "Need").row("=HYPERLINK(\"http://evil\")").row("+1").row("-2").row("@SUM(A1)");
        assertThat(t.csv().lines().skip(1).toList()).containsExactly("\"'=HYPERLINK(\"\"http://evil\"\")\"", "'+1",
                "'-2", "'@SUM(A1)");
    }
}
