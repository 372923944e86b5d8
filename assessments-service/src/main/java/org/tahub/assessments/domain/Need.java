package org.tahub.assessments.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A need of a submitted version, written once at submission: a checklist activity where the state asks for
 * assistance ({@code activity:V.4}) or a statement in its own words ({@code statement:3}).
 */
@Entity
@Table(name = "need")
@IdClass(Need.Key.class)
public class Need extends PanacheEntityBase {

    public static final String ACTIVITY = "activity";
    public static final String STATEMENT = "statement";

    @Id
    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Id
    @Column(name = "need_id")
    public String needId;

    @Column(name = "state_iso3")
    public String state;

    public String kind;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> activities = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> areas = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public Priority priority;

    @Enumerated(EnumType.STRING)
    public Implementation implementation;

    public String text;

    /** The language of {@code text} (BCP 47), given or detected; null without a text. */
    public String language;

    /** True when {@link #language} was detected, false when the state gave it (null in needs stored before). */
    @Column(name = "language_detected")
    public Boolean languageDetected;

    public int ordinal;

    public static class Key implements Serializable {
        public UUID assessmentId;
        public String needId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(assessmentId, k.assessmentId) && Objects.equals(needId, k.needId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(assessmentId, needId);
        }
    }
}
