package org.tahub.instruments.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A legal instrument (convention, protocol, resolution, regional instrument) of Part A of the Compendium, or a
 * political declaration, plan of action or set of recommendations of Part C, as the public record has it.
 */
@Entity
@Table(name = "instrument")
public class Instrument extends CatalogueEntry {

    /** The years an instrument may be adopted or enter into force in, as curators write them and clients ask. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;

    /** The kinds of instrument of the Compendium. */
    public static final Set<String> KINDS = Set.of("convention", "protocol", "resolution", "declaration",
            "recommendations", "framework-decision", "treaty", "agreement", "charter", "plan-of-action", "statement",
            "report", "conclusions", "guidelines");

    @Id
    public String slug;

    @Column(name = "compendium_ref", unique = true)
    public String compendiumRef;

    @Column(nullable = false)
    public String part;

    public String section;

    @Column(nullable = false)
    public String title;

    @Column(name = "short_name")
    public String shortName;

    @Column(name = "seed_title")
    public String seedTitle;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String scope;

    @Column(name = "adopting_body")
    public String adoptingBody;

    @Column(name = "adopted_on")
    public LocalDate adoptedOn;

    @Column(name = "adopted_year", nullable = false)
    public int adoptedYear;

    @Column(name = "adopted_at")
    public String adoptedAt;

    public String depositary;

    @Column(name = "entry_into_force")
    public LocalDate entryIntoForce;

    public String citation;

    public String description;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Relation> relations = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> areas = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "offence_groups")
    public List<String> offenceGroups = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> activities = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> keywords = new ArrayList<>();

    @Column(name = "seed_note")
    public String seedNote;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> sources = new ArrayList<>();

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** A link to another entry: {@code supplements}, {@code supplementedBy}, {@code amends}, {@code amendedBy},
     * {@code relatedTo}. */
    public record Relation(String type, String target) {
    }
}
