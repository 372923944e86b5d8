package org.tahub.assessments.reference;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.tahub.assessments.domain.Body;
import org.tahub.assessments.domain.State;

/**
 * Loads the states registry shipped with the service ({@code reference/states.json}) at start-up: reference data,
 * replaced whole on every start so that a corrected file corrects the registry.
 */
@ApplicationScoped
public class StatesImport {

    private static final Logger LOG = Logger.getLogger(StatesImport.class);
    private static final long LOCK = 0x7374617465L;

    private final ObjectMapper json;
    private final EntityManager em;

    public StatesImport(ObjectMapper json, EntityManager em) {
        this.json = json;
        this.em = em;
    }

    void onStart(@Observes StartupEvent start) {
        int n = importAll();
        LOG.infof("states registry: %d states", n);
    }

    @Transactional
    public int importAll() {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, LOCK).getSingleResult();
        StatesFile file;
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("reference/states.json")) {
            if (in == null) {
                throw new IllegalStateException("reference/states.json is missing from the service");
            }
            file = json.readValue(in, StatesFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("reference/states.json cannot be read", e);
        }
        for (StatesFile.BodyRecord r : file.bodies()) {
            Body b = Body.findById(r.code());
            if (b == null) {
                b = new Body();
                b.code = r.code();
            }
            b.name = r.name();
            b.memberCount = r.memberCount();
            b.notes = r.notes();
            b.persist();
        }
        for (StatesFile.StateRecord r : file.states()) {
            State s = State.findById(r.iso3());
            if (s == null) {
                s = new State();
                s.iso3 = r.iso3();
            }
            s.iso2 = r.iso2();
            s.m49 = r.m49();
            s.name = r.name();
            s.officialName = r.officialName();
            s.unStatus = r.unStatus();
            s.regionCode = r.region().code();
            s.regionName = r.region().name();
            s.subRegionCode = r.subRegion() == null ? null : r.subRegion().code();
            s.subRegionName = r.subRegion() == null ? null : r.subRegion().name();
            s.intermediateRegionCode = r.intermediateRegion() == null ? null : r.intermediateRegion().code();
            s.intermediateRegionName = r.intermediateRegion() == null ? null : r.intermediateRegion().name();
            s.unLanguages = listOf(r.unLanguages());
            s.legalTradition = r.legalTradition();
            s.legalSystems = listOf(r.legalSystems());
            s.memberships = listOf(r.memberships());
            s.fsrb = r.fsrb();
            s.notes = r.notes();
            s.persist();
        }
        return file.states().size();
    }

    private static List<String> listOf(List<String> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values);
    }
}
