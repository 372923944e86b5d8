package org.tahub.dashboard.pages;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.tahub.dashboard.figures.Table;

/** A page's tables as CSV: {@code ?download=<table id>} on the page's own address gives that table. */
final class Downloads {

    static final String CSV = "text/csv; charset=UTF-8";

    private Downloads() {
    }

    static Response csv(List<Table> tables, String id, String prefix) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst()
                .map(t -> Response.ok(t.csv(), CSV).header("Content-Disposition", "attachment; filename=\""
                        + prefix + t.id() + ".csv\"").build())
                .orElseGet(() -> Response.status(404).type("text/plain; charset=UTF-8")
                        .entity("this page has no table '" + id + "'; it has: "
                                + String.join(", ", tables.stream().map(Table::id).toList())).build());
    }
}
