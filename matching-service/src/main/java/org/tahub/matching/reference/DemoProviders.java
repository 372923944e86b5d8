package org.tahub.matching.reference;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.tahub.matching.domain.Modality;
import org.tahub.matching.domain.Offer;
import org.tahub.matching.domain.Provider;
import org.tahub.matching.domain.ProviderKind;

/**
 * Loads the demonstration providers and offers (marked {@code demonstration}) when {@code tahub.matching.demo-data}
 * is on (the local stack and the tests; never by default). Providers and offers that already exist are left as they
 * are, so what a provider changed survives a restart.
 */
@ApplicationScoped
public class DemoProviders {

    private static final Logger LOG = Logger.getLogger(DemoProviders.class);
    private static final long LOCK = 0x64656d6f70L;
    public static final String FILE = "reference/providers-demo.json";

    private final ObjectMapper json;
    private final EntityManager em;
    private final boolean enabled;

    public DemoProviders(ObjectMapper json, EntityManager em,
                         @ConfigProperty(name = "tahub.matching.demo-data", defaultValue = "false") boolean enabled) {
        this.json = json;
        this.em = em;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent start) {
        if (enabled) {
            int created = load();
            LOG.infof("demonstration data: %d offers added (providers and offers marked demonstration)", created);
        }
    }

    @Transactional
    public int load() {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, LOCK).getSingleResult();
        DemoProvidersFile file = read();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int created = 0;
        for (DemoProvidersFile.ProviderRecord r : file.providers()) {
            if (Provider.findById(r.id()) == null) {
                Provider p = new Provider();
                p.id = r.id();
                p.name = r.name();
                p.shortName = r.shortName();
                p.kind = ProviderKind.valueOf(r.kind());
                p.headquarters = r.headquarters();
                p.website = r.website();
                p.description = r.description();
                p.demonstration = true;
                p.createdAt = now;
                p.updatedAt = now;
                p.persist();
            }
            for (DemoProvidersFile.OfferRecord o : r.offers()) {
                if (Offer.findById(o.id()) != null) {
                    continue;
                }
                Offer offer = new Offer();
                offer.id = o.id();
                offer.providerId = r.id();
                offer.title = o.title();
                offer.description = o.description();
                Set<String> areas = new LinkedHashSet<>(o.areas());
                o.activities().forEach(a -> areas.add(a.split("\\.")[0]));
                offer.areas = new ArrayList<>(areas);
                offer.activities = new ArrayList<>(o.activities());
                offer.modality = Modality.valueOf(o.modality());
                offer.languages = new ArrayList<>(o.languages());
                offer.eligibleStates = new ArrayList<>(orEmpty(o.eligibility() == null ? null : o.eligibility().states()));
                offer.eligibleRegions = new ArrayList<>(orEmpty(o.eligibility() == null ? null : o.eligibility().regions()));
                offer.eligibleMemberships = new ArrayList<>(orEmpty(o.eligibility() == null ? null : o.eligibility().memberships()));
                offer.legalTraditions = new ArrayList<>(orEmpty(o.legalTraditions()));
                offer.capacity = o.capacity();
                offer.periodStart = LocalDate.parse(o.periodStart());
                offer.periodEnd = LocalDate.parse(o.periodEnd());
                offer.indicativeCostUsd = o.indicativeCostUsd();
                offer.costNote = o.costNote();
                offer.demonstration = true;
                offer.createdAt = now;
                offer.updatedAt = now;
                offer.persist();
                created++;
            }
        }
        return created;
    }

    public DemoProvidersFile read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the service");
            }
            return json.readValue(in, DemoProvidersFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(FILE + " cannot be read", e);
        }
    }

    private static List<String> orEmpty(List<String> l) {
        return l == null ? List.of() : l;
    }
}
