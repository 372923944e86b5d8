package org.tahub.dashboard.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * One table of figures as a page shows it beside its chart, and as its CSV download gives it: {@code id} names it
 * in the download's address, {@code caption} says what it counts.
 */
public record Table(String id, String caption, List<String> columns, List<List<Object>> rows) {

    /** A cell that links to another page of the dashboard; CSV has its text. */
    public record Link(String text, String href) {
        @Override
        public String toString() {
            return text;
        }
    }

    public static Table of(String id, String caption, String... columns) {
        return new Table(id, caption, List.of(columns), new ArrayList<>());
    }

    public Table row(Object... cells) {
        rows.add(java.util.Arrays.asList(cells));
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /**
     * RFC 4180 CSV with a header row. A text cell that a spreadsheet would run as a formula (it starts with =, +, -,
     * @, a tab or a carriage return: need statements are free text) is prefixed with an apostrophe.
     */
    public String csv() {
        StringBuilder out = new StringBuilder();
        line(out, new ArrayList<>(columns));
        rows.forEach(r -> line(out, r));
        return out.toString();
    }

    private static void line(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String text = value instanceof List<?> list ? String.join(" ", list.stream().map(String::valueOf).toList())
                : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
