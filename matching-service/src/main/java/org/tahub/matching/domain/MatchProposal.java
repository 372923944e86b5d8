package org.tahub.matching.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;

/** An offer proposed for a need, with its score broken down, and where it stands. */
@Entity
@Table(name = "match_proposal")
public class MatchProposal extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Column(name = "need_id")
    public String needId;

    @Column(name = "state_iso3")
    public String state;

    @Column(name = "offer_id")
    public String offerId;

    @Column(name = "provider_id")
    public String providerId;

    public int rank;

    public double score;

    /** The score's components as JSON: [{name, value, weight, explanation}]. */
    public String components;

    public String explanation;

    public String coordination;

    /** The SHA-256 of the engine's reading (rank, score, components, explanation, coordination) last written. */
    @Column(name = "reading_digest")
    public byte[] readingDigest;

    @Enumerated(EnumType.STRING)
    public MatchStatus status;

    /** The round that last made, changed or withdrew the proposal; its records on the proposals topic carry it. */
    @Column(name = "round_id")
    public UUID roundId;

    /** Why that round ran (assessment-submitted, offers-changed, assessment-superseded, ...). */
    @Column(name = "round_reason")
    public String roundReason;

    @Column(name = "round_at")
    public OffsetDateTime roundAt;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Version
    public long version;

    /**
     * Proposals as a round reads them: read-only (no snapshot kept, nothing flushed by Hibernate), since the round
     * writes what it changed back itself ({@link #rewriteAll}). Also for rows this transaction had loaded before.
     */
    public static List<MatchProposal> forRound(String query, Object... params) {
        List<MatchProposal> rows = find(query, params).withHint(HibernateHints.HINT_READ_ONLY, true).list();
        Session session = getEntityManager().unwrap(Session.class);
        rows.forEach(r -> session.setReadOnly(r, true));
        return rows;
    }

    /**
     * Inserts a round's new proposals in one statement. A round makes hundreds at once (615 for an assessment of the
     * whole checklist), and Hibernate's batched inserts cost a bind per column per row and an entity each in the
     * persistence context for the rest of the transaction; here the rows go as one array per column. The rows are
     * not managed afterwards.
     */
    public static void insertAll(List<MatchProposal> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Session session = getEntityManager().unwrap(Session.class);
        session.flush();
        session.doWork(c -> {
            try (PreparedStatement insert = c.prepareStatement("insert into match_proposal (id, assessment_id, "
                    + "need_id, state_iso3, offer_id, provider_id, rank, score, components, explanation, coordination, "
                    + "reading_digest, status, round_id, round_reason, round_at, created_at, updated_at, version) "
                    + "select u.id, u.assessment_id, u.need_id, u.state_iso3, u.offer_id, u.provider_id, u.rank, "
                    + "u.score, u.components, u.explanation, u.coordination, u.reading_digest, u.status, u.round_id, "
                    + "u.round_reason, u.round_at::timestamptz, u.created_at::timestamptz, u.updated_at::timestamptz, "
                    + "0 from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[], "
                    + "?::float8[], ?::text[], ?::text[], ?::text[], ?::bytea[], ?::text[], ?::uuid[], ?::text[], "
                    + "?::text[], ?::text[], ?::text[]) as u(id, assessment_id, need_id, state_iso3, offer_id, "
                    + "provider_id, rank, score, components, explanation, coordination, reading_digest, status, "
                    + "round_id, round_reason, round_at, created_at, updated_at)")) {
                int i = 1;
                insert.setArray(i++, c.createArrayOf("uuid", column(rows, r -> r.id)));
                insert.setArray(i++, c.createArrayOf("uuid", column(rows, r -> r.assessmentId)));
                insert.setArray(i++, c.createArrayOf("text", column(rows, r -> r.needId)));
                insert.setArray(i++, c.createArrayOf("text", column(rows, r -> r.state)));
                insert.setArray(i++, c.createArrayOf("text", column(rows, r -> r.offerId)));
                insert.setArray(i++, c.createArrayOf("text", column(rows, r -> r.providerId)));
                i = readings(c, insert, i, rows);
                insert.setArray(i++, c.createArrayOf("text", column(rows, r -> text(r.createdAt))));
                insert.setArray(i, c.createArrayOf("text", column(rows, r -> text(r.updatedAt))));
                insert.executeUpdate();
            }
        });
    }

    /**
     * Writes back, in one statement, what a round changed in proposals it loaded (their reading, status and round),
     * each only if nobody changed it meanwhile (its version, as {@link Version} would check); the rows' versions are
     * moved on as the database's are. Throws {@link OptimisticLockException} when any was changed meanwhile, so that
     * the round's transaction is undone as a stale flush would undo it.
     */
    public static void rewriteAll(List<MatchProposal> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Session session = getEntityManager().unwrap(Session.class);
        session.flush();
        int updated = session.doReturningWork(c -> {
            try (PreparedStatement update = c.prepareStatement("update match_proposal p set rank = u.rank, "
                    + "score = u.score, components = u.components, explanation = u.explanation, "
                    + "coordination = u.coordination, reading_digest = u.reading_digest, status = u.status, "
                    + "round_id = u.round_id, round_reason = u.round_reason, round_at = u.round_at::timestamptz, "
                    + "updated_at = u.updated_at::timestamptz, version = p.version + 1 from unnest(?::int[], "
                    + "?::float8[], ?::text[], ?::text[], ?::text[], ?::bytea[], ?::text[], ?::uuid[], ?::text[], "
                    + "?::text[], ?::text[], ?::uuid[], ?::int8[]) as u(rank, score, components, explanation, "
                    + "coordination, reading_digest, status, round_id, round_reason, round_at, updated_at, id, "
                    + "version) where p.id = u.id and p.version = u.version")) {
                int i = readings(c, update, 1, rows);
                update.setArray(i++, c.createArrayOf("text", column(rows, r -> text(r.updatedAt))));
                update.setArray(i++, c.createArrayOf("uuid", column(rows, r -> r.id)));
                update.setArray(i, c.createArrayOf("int8", column(rows, r -> r.version)));
                return update.executeUpdate();
            }
        });
        if (updated != rows.size()) {
            throw new OptimisticLockException(rows.size() - updated + " of " + rows.size() + " proposals of assessment "
                    + rows.get(0).assessmentId + " were changed while a round read them");
        }
        rows.forEach(r -> r.version++);
    }

    /** Binds the columns a round writes, from rank to round_at, in the order both statements name them. */
    private static int readings(Connection c, PreparedStatement statement, int first, List<MatchProposal> rows)
            throws SQLException {
        int i = first;
        statement.setArray(i++, c.createArrayOf("int4", column(rows, r -> r.rank)));
        statement.setArray(i++, c.createArrayOf("float8", column(rows, r -> r.score)));
        statement.setArray(i++, c.createArrayOf("text", column(rows, r -> r.components)));
        statement.setArray(i++, c.createArrayOf("text", column(rows, r -> r.explanation)));
        statement.setArray(i++, c.createArrayOf("text", column(rows, r -> r.coordination)));
        byte[][] digests = new byte[rows.size()][];
        for (int k = 0; k < digests.length; k++) {
            digests[k] = rows.get(k).readingDigest;
        }
        statement.setArray(i++, c.createArrayOf("bytea", digests));
        statement.setArray(i++, c.createArrayOf("text", column(rows, r -> r.status.name())));
        statement.setArray(i++, c.createArrayOf("uuid", column(rows, r -> r.roundId)));
        statement.setArray(i++, c.createArrayOf("text", column(rows, r -> r.roundReason)));
        statement.setArray(i++, c.createArrayOf("text", column(rows, r -> text(r.roundAt))));
        return i;
    }

    private static Object[] column(List<MatchProposal> rows, java.util.function.Function<MatchProposal, Object> value) {
        Object[] column = new Object[rows.size()];
        for (int k = 0; k < column.length; k++) {
            column[k] = value.apply(rows.get(k));
        }
        return column;
    }

    /** A time as PostgreSQL reads a timestamptz (ISO 8601 with its offset), or null. */
    private static String text(OffsetDateTime t) {
        return t == null ? null : t.toString();
    }
}
