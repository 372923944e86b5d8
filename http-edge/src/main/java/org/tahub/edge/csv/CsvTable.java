package org.tahub.edge.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV export (RFC 4180, written with Jackson's CSV module). A cell that a spreadsheet would read as a formula
 * ({@code = + - @} first) is prefixed with an apostrophe, so that an exported statement cannot run in the reader's
 * spreadsheet.
 */
public final class CsvTable {

    public static final String MEDIA_TYPE = "text/csv";
    /** CSV is given only to a client that asks for it: JSON stays the answer to {@code Accept: *}{@code /*}. */
    public static final String PRODUCES = "text/csv;qs=0.5";
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private final List<String> columns;
    private final List<Object[]> rows = new ArrayList<>();

    public CsvTable(String... columns) {
        this.columns = List.of(columns);
    }

    public CsvTable row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + columns.size() + " columns");
        }
        Object[] safe = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = cell(cells[i]);
        }
        rows.add(safe);
        return this;
    }

    public String write() {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        try {
            return MAPPER.writer(schema.build()).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value instanceof List<?> list
                ? String.join(";", list.stream().map(String::valueOf).toList()) : String.valueOf(value);
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return s;
    }
}
