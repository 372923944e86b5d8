package org.tahub.matching.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A need of a submitted assessment, as announced on tahub.assessments.v1; {@code current} is false once its
 * assessment is superseded, and always for the 2004 requests of the CTC synopsis ({@link #SYNOPSIS_2004}), which are
 * history: kept, neither matched nor counted in the gaps, until a state restates them in an assessment of its own. For a statement the state did not tag, {@code activities} and {@code areas} are what the
 * classifier read in it, and {@code classification} keeps its scores.
 */
@Entity
@Table(name = "need")
public class Need extends PanacheEntityBase {

    /** The origin of the 2004 requests, loaded from the CTC's synopsis of that year. */
    public static final String SYNOPSIS_2004 = "ctc-synopsis-2004";

    @EmbeddedId
    public Key key;

    @Column(name = "state_iso3")
    public String state;

    public int period;

    public String visibility;

    public String origin;

    public String kind;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> activities = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> areas = new ArrayList<>();

    public String priority;

    public String implementation;

    public String text;

    @JdbcTypeCode(SqlTypes.JSON)
    public String classification;

    public boolean current;

    /**
     * For a part of a statement that holds several needs: the statement's own id, and the span of its text this need
     * came from ({@code text} is that span); null for a need that is a whole statement or a checklist activity.
     */
    @Column(name = "statement_id")
    public String statementId;

    @Column(name = "span_start")
    public Integer spanStart;

    @Column(name = "span_end")
    public Integer spanEnd;

    /** The language a statement was read in (BCP 47); null for a checklist activity. */
    public String language;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Embeddable
    public record Key(@Column(name = "assessment_id") java.util.UUID assessmentId, @Column(name = "need_id") String needId)
            implements Serializable {
    }
}
