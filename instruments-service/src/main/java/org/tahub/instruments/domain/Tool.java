package org.tahub.instruments.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A technical-assistance tool of the Compendium's Part B: a legislative guide, model law, handbook, implementation
 * kit or digest, with the areas and activities it serves and the instruments it helps implement.
 */
@Entity
@Table(name = "tool")
public class Tool extends CatalogueEntry {

    /** The kinds of tool of Part B. */
    public static final Set<String> KINDS = Set.of("legislative-guide", "model-law", "handbook", "implementation-kit",
            "digest", "manual", "matrix", "programme");

    @Id
    public String slug;

    public String title;

    @Column(name = "short_name")
    public String shortName;

    public String kind;

    public String publisher;

    @Column(name = "publisher_body")
    public String publisherBody;

    public int year;

    public String place;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> languages = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> categories = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> areas = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> activities = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> instruments = new ArrayList<>();

    public String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> keywords = new ArrayList<>();

    @Column(name = "seed_note")
    public String seedNote;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> sources = new ArrayList<>();

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
