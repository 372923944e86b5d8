package org.tahub.assessments.reference;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.tahub.assessments.domain.Assessment;
import org.tahub.assessments.domain.AssessmentLifecycle;
import org.tahub.assessments.domain.AssessmentStatus;
import org.tahub.assessments.domain.Need;
import org.tahub.assessments.domain.State;
import org.tahub.assessments.domain.Statement;
import org.tahub.assessments.domain.WrittenIn;
import org.tahub.assessments.domain.Visibility;

/**
 * Loads the seed's synopsis of the 2004 assistance requests (52 states, 180 requests) as each state's 2004
 * assessment: its requests become the assessment's statements (needs in the state's words), tagged with the analysts'
 * labels, public (the synopsis is a published document) and citing the synopsis as their source. Runs at start-up;
 * a state that already has its 2004 assessment is left alone, so a restart changes nothing.
 */
@ApplicationScoped
public class Synopsis2004Import {

    private static final Logger LOG = Logger.getLogger(Synopsis2004Import.class);
    private static final long LOCK = 0x73796e32303034L;
    public static final int PERIOD = 2004;
    /** The synopsis is dated 18 February 2004. */
    static final OffsetDateTime SYNOPSIS_DATE = OffsetDateTime.of(2004, 2, 18, 0, 0, 0, 0, ZoneOffset.UTC);

    private final ObjectMapper json;
    private final EntityManager em;
    private final Event<AssessmentLifecycle> lifecycle;

    public Synopsis2004Import(ObjectMapper json, EntityManager em, Event<AssessmentLifecycle> lifecycle) {
        this.json = json;
        this.em = em;
        this.lifecycle = lifecycle;
    }

    /** After the states registry (StatesImport, default priority), which it refers to. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent start) {
        int created = importAll();
        if (created > 0) {
            LOG.infof("2004 synopsis: loaded the requests of %d states", created);
        }
    }

    @Transactional
    public int importAll() {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, LOCK).getSingleResult();
        Synopsis2004 file = read();
        int created = 0;
        for (Synopsis2004.StateRequests s : file.states()) {
            if (Assessment.count("state = ?1 and origin = ?2", s.iso3(), Assessment.SYNOPSIS_2004) > 0) {
                continue;
            }
            State state = State.findById(s.iso3());
            if (state == null) {
                throw new IllegalStateException("reference/requests-2004.json names " + s.iso3()
                        + ", which is not in the states registry");
            }
            load(file, s, state);
            created++;
        }
        return created;
    }

    private void load(Synopsis2004 file, Synopsis2004.StateRequests s, State state) {
        Assessment a = new Assessment();
        a.id = UUID.randomUUID();
        a.state = s.iso3();
        a.period = PERIOD;
        a.revision = 1;
        a.visibility = Visibility.PUBLIC;
        a.origin = Assessment.SYNOPSIS_2004;
        a.source = file.source();
        a.createdBy = Assessment.SYNOPSIS_2004;
        a.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        a.updatedAt = a.createdAt;
        a.submittedBy = Assessment.SYNOPSIS_2004;
        a.submittedAt = SYNOPSIS_DATE;
        List<Statement> statements = new ArrayList<>();
        for (Synopsis2004.Request r : s.requests()) {
            Set<String> areas = new LinkedHashSet<>(r.areas() == null ? List.of() : r.areas());
            List<String> activities = r.activities() == null ? List.of() : r.activities();
            activities.forEach(code -> areas.add(code.split("\\.")[0]));
            // The synopsis was published in English.
            statements.add(new Statement(r.ordinal(), r.text(), null, List.copyOf(areas), List.copyOf(activities),
                    r.labelNote(), new WrittenIn("en", false)));
        }
        a.statements = statements;
        // A state that already reported for a later period keeps that position; 2004 is then history.
        Optional<Assessment> current = Assessment.find("state = ?1 and status in ?2", a.state,
                AssessmentStatus.CURRENT).firstResultOptional();
        a.status = current.isPresent() ? AssessmentStatus.SUPERSEDED : AssessmentStatus.SUBMITTED;
        current.ifPresent(c -> {
            a.supersededBy = c.id;
            a.supersededAt = a.createdAt;
        });
        a.persist();
        List<Need> needs = new ArrayList<>();
        for (Statement st : statements) {
            Need n = new Need();
            n.assessmentId = a.id;
            n.needId = "statement:" + st.ordinal();
            n.state = a.state;
            n.kind = Need.STATEMENT;
            n.activities = st.activities();
            n.areas = st.areas();
            n.text = st.text();
            n.ordinal = needs.size();
            n.persist();
            needs.add(n);
        }
        em.flush();
        lifecycle.fire(new AssessmentLifecycle.Submitted(a, state, needs, List.of()));
        current.ifPresent(c -> lifecycle.fire(new AssessmentLifecycle.Superseded(a, c)));
    }

    private Synopsis2004 read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("reference/requests-2004.json")) {
            if (in == null) {
                throw new IllegalStateException("reference/requests-2004.json is missing from the service");
            }
            return json.readValue(in, Synopsis2004.class);
        } catch (IOException e) {
            throw new UncheckedIOException("reference/requests-2004.json cannot be read", e);
        }
    }
}
