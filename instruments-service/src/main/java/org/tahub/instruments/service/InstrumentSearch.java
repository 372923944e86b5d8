package org.tahub.instruments.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tahub.instruments.domain.Instrument;
import org.tahub.edge.problem.ProblemException;
import org.tahub.edge.paging.PageRequest;
import org.tahub.edge.parameters.CodeParameters;
import org.tahub.edge.paging.Page;

/**
 * Finds instruments of the Compendium by facet (part, section, kind, scope, body, area, activity, years) and by
 * full text over titles, short names, keywords and descriptions, ranked by PostgreSQL's {@code ts_rank_cd}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InstrumentSearch {

    /** The sort orders a client may ask for, and their SQL. */
    public static final Map<String, String> SORTS = Map.of(
            "relevance", "rank desc, compendium_ref is null, part, compendium_order, slug",
            "compendiumRef", "compendium_ref is null, part, compendium_order, slug",
            "adoptedYear", "adopted_year, adopted_on nulls last, slug",
            "-adoptedYear", "adopted_year desc, adopted_on desc nulls last, slug",
            "title", "title, slug");

    /** The longest search text and facet values a client may send. */
    public static final int MAX_SEARCH_TEXT = 500;
    public static final int MAX_SECTION = 8;
    public static final int MAX_BODY = 40;
    public static final int MAX_ACTIVITY = 16;

    /**
     * What a client asks for; every value is checked when the criteria are made, and a refused one is a 400
     * problem naming its query parameter. A blank value, as a form left empty sends it, is no filter.
     */
    public record Criteria(String part, String section, String kind, String scope, String body, String area,
                           String activity, Integer yearFrom, Integer yearTo, String q, String status, String sort,
                           PageRequest paging) {

        public Criteria {
            part = oneOf("part", part, Set.of("A", "C"), "is not a part of the Compendium (A or C)");
            section = atMost("section", section, MAX_SECTION);
            kind = oneOf("kind", kind, Instrument.KINDS, "is not one of " + Instrument.KINDS.stream().sorted().toList());
            scope = oneOf("scope", scope, Set.of("universal", "regional"), "is neither universal nor regional");
            body = atMost("body", body, MAX_BODY);
            area = CodeParameters.area("area", given(area));
            activity = atMost("activity", activity, MAX_ACTIVITY);
            year("yearFrom", yearFrom);
            year("yearTo", yearTo);
            if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
                throw ProblemException.badRequest("query.yearFrom", "is after yearTo");
            }
            q = atMost("q", q, MAX_SEARCH_TEXT);
            status = oneOf("status", status, Set.of("ACTIVE", "RETIRED"), "is neither ACTIVE nor RETIRED");
            sort = oneOf("sort", sort, SORTS.keySet(), "is not one of " + SORTS.keySet().stream().sorted().toList());
        }


        private static String given(String value) {
            return value == null || value.isBlank() ? null : value;
        }

        private static String atMost(String name, String value, int max) {
            value = given(value);
            if (value != null && value.length() > max) {
                throw ProblemException.badRequest("query." + name, "is longer than " + max + " characters");
            }
            return value;
        }

        private static String oneOf(String name, String value, Set<String> known, String message) {
            value = given(value);
            if (value != null && !known.contains(value)) {
                throw ProblemException.badRequest("query." + name, "'" + abbreviated(value) + "' " + message);
            }
            return value;
        }

        private static void year(String name, Integer year) {
            if (year != null && (year < Instrument.FIRST_YEAR || year > Instrument.LAST_YEAR)) {
                throw ProblemException.badRequest("query." + name, "must be between " + Instrument.FIRST_YEAR
                        + " and " + Instrument.LAST_YEAR);
            }
        }

        private static String abbreviated(String value) {
            return value.length() > 40 ? value.substring(0, 40) + "..." : value;
        }
    }

    /** One hit: the instrument and, for a text search, its relevance. */
    public record Hit(Instrument instrument, Double relevance) {
    }

    private final EntityManager em;

    public InstrumentSearch(EntityManager em) {
        this.em = em;
    }

    public Page<Hit> search(Criteria c) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new LinkedHashMap<>();
        boolean text = c.q() != null && !c.q().isBlank();
        eq(where, params, "part", c.part());
        eq(where, params, "section", c.section());
        eq(where, params, "kind", c.kind());
        eq(where, params, "scope", c.scope());
        eq(where, params, "adopting_body", c.body());
        eq(where, params, "status", c.status());
        if (c.area() != null) {
            where.append(" and cast(:area as text) = any(areas)");
            params.put("area", c.area());
        }
        if (c.activity() != null) {
            where.append(" and (cast(:activity as text) = any(activities) or cast(:activity as text) = any(offence_groups))");
            params.put("activity", c.activity());
        }
        if (c.yearFrom() != null) {
            where.append(" and adopted_year >= :yearFrom");
            params.put("yearFrom", c.yearFrom());
        }
        if (c.yearTo() != null) {
            where.append(" and adopted_year <= :yearTo");
            params.put("yearTo", c.yearTo());
        }
        String from = " from instrument";
        String rank = "0";
        if (text) {
            // In English (the catalogue's own texts), or in any of the other UN languages in which an official
            // title was checked, each under its own language's text-search configuration.
            from += ", websearch_to_tsquery('english', :q) query";
            String inTitles = "(select max(ts_rank_cd(t.search, title_query(t.language, :q))) from instrument_title t "
                    + "where t.slug = instrument.slug and t.search @@ title_query(t.language, :q))";
            where.append(" and (search @@ query or ").append(inTitles).append(" is not null)");
            rank = "greatest(ts_rank_cd(search, query), coalesce(" + inTitles + ", 0))";
            params.put("q", c.q());
        }
        String sort = SORTS.get(c.sort() != null ? c.sort() : text ? "relevance" : "compendiumRef");
        // compendium_order sorts A.1.2 before A.1.10; entries outside the Compendium come last.
        String select = "select slug, compendium_ref, part, adopted_year, adopted_on, title, " + rank + " as rank, "
                + "string_to_array(substr(coalesce(compendium_ref, 'Z'), 3), '.')::int[] as compendium_order" + from;
        Query list = em.createNativeQuery("select slug, rank from (" + select + where + ") hits order by " + sort
                + " limit :limit offset :offset");
        Query count = em.createNativeQuery("select count(*)" + from + where);
        params.forEach((k, v) -> {
            list.setParameter(k, v);
            count.setParameter(k, v);
        });
        list.setParameter("limit", c.paging().size()).setParameter("offset", c.paging().offset());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = list.getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        Map<String, Instrument> bySlug = new LinkedHashMap<>();
        List<String> slugs = rows.stream().map(r -> (String) r[0]).toList();
        Instrument.<Instrument>list("slug in ?1", slugs).forEach(i -> bySlug.put(i.slug, i));
        List<Hit> hits = new ArrayList<>();
        for (Object[] r : rows) {
            hits.add(new Hit(bySlug.get((String) r[0]), text ? ((Number) r[1]).doubleValue() : null));
        }
        return new Page<>(hits, total);
    }

    public Optional<Instrument> bySlug(String slug) {
        return Instrument.findByIdOptional(slug);
    }

    public Optional<Instrument> byCompendiumRef(String ref) {
        return Instrument.find("compendiumRef", ref).firstResultOptional();
    }

    private static void eq(StringBuilder where, Map<String, Object> params, String column, String value) {
        if (value != null) {
            String name = "p_" + column;
            where.append(" and ").append(column).append(" = :").append(name);
            params.put(name, value);
        }
    }
}
