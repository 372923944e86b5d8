package org.tahub.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tahub.identity.Caller;
import org.tahub.matching.command.OfferInput;
import org.tahub.matching.command.ProviderInput;
import org.tahub.matching.domain.Modality;
import org.tahub.matching.domain.Offer;
import org.tahub.matching.domain.OfferStatus;
import org.tahub.matching.domain.Provider;
import org.tahub.matching.rules.OfferValidation;
import org.tahub.edge.paging.PageRequest;
import org.tahub.matching.rules.ProviderOwnership;
import org.tahub.edge.problem.ProblemException;
import org.tahub.edge.paging.Page;
import org.tahub.edge.parameters.CodeParameters;
import org.tahub.matching.readmodel.CatalogueReadModel;

/**
 * Providers and their offers: registration, publication, changes and withdrawal under the ownership rules, and the
 * searches partners and the matching run on. Every change to an offer raises {@link OffersChanged} in its
 * transaction, so that matching runs again for the needs it may serve ({@link Rematch}).
 */
@ApplicationScoped
@Transactional
public class ProviderDirectory {

    /** Fired, in the transaction of the change, when offers were created, changed or withdrawn. */
    public record OffersChanged(List<String> offerIds) {
    }

    public record OfferCriteria(String provider, String area, String activity, Modality modality, String language,
                                OfferStatus status, PageRequest page) {
    }

    private final OfferValidation validation;
    private final ProviderOwnership ownership;
    private final CatalogueReadModel catalogue;
    private final Event<OffersChanged> changed;

    public ProviderDirectory(OfferValidation validation, ProviderOwnership ownership, CatalogueReadModel catalogue,
                             Event<OffersChanged> changed) {
        this.validation = validation;
        this.ownership = ownership;
        this.catalogue = catalogue;
        this.changed = changed;
    }

    public Provider register(ProviderInput in, Caller caller) {
        ownership.requireAdmin(caller);
        var kind = validation.checkProvider(in, true);
        if (Provider.findById(in.id()) != null) {
            throw ProblemException.conflict("provider-exists", "provider " + in.id() + " is already registered");
        }
        Provider p = new Provider();
        p.id = in.id();
        p.createdAt = now();
        apply(p, in, kind);
        p.persist();
        return p;
    }

    public Provider update(String id, ProviderInput in, Caller caller) {
        Provider p = provider(id);
        ownership.requireOwner(caller, id);
        if (in != null && in.id() != null && !in.id().equals(id)) {
            throw ProblemException.unprocessable(List.of(new org.tahub.edge.problem.Problem.FieldError("body.id", "cannot change")));
        }
        apply(p, in, validation.checkProvider(in, false));
        return p;
    }

    public Offer publish(OfferInput in, Caller caller) {
        String providerId = ownership.providerFor(caller, in == null ? null : in.providerId());
        if (!wellFormed(providerId, 120) || Provider.findById(providerId) == null) {
            throw ProblemException.unprocessable(List.of(new org.tahub.edge.problem.Problem.FieldError("body.providerId",
                    "no provider " + (wellFormed(providerId, 120) ? providerId + " " : "of that id ") + "is registered")));
        }
        var checked = validation.check(in, catalogue.activeActivityAreas(), providerId, null);
        if (Offer.findById(checked.id()) != null) {
            throw ProblemException.conflict("offer-exists", "offer " + checked.id() + " already exists; change it with PUT");
        }
        Offer o = new Offer();
        o.id = checked.id();
        o.providerId = providerId;
        o.createdAt = now();
        apply(o, checked);
        o.persist();
        changed.fire(new OffersChanged(List.of(o.id)));
        return o;
    }

    public Offer update(String id, OfferInput in, Long ifMatch, Caller caller) {
        Offer o = offer(id);
        ownership.requireOwner(caller, o.providerId);
        if (in != null && in.providerId() != null && !in.providerId().equals(o.providerId)) {
            throw ProblemException.unprocessable(List.of(new org.tahub.edge.problem.Problem.FieldError("body.providerId", "cannot change")));
        }
        if (ifMatch != null && ifMatch != o.version) {
            throw ProblemException.preconditionFailed("the offer changed since you read it (version " + o.version + ")");
        }
        apply(o, validation.check(in, catalogue.activeActivityAreas(), o.providerId, o.id));
        changed.fire(new OffersChanged(List.of(o.id)));
        return o;
    }

    public Offer withdraw(String id, Caller caller) {
        Offer o = offer(id);
        ownership.requireOwner(caller, o.providerId);
        if (o.status != OfferStatus.WITHDRAWN) {
            o.status = OfferStatus.WITHDRAWN;
            o.updatedAt = now();
            changed.fire(new OffersChanged(List.of(o.id)));
        }
        return o;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Provider provider(String id) {
        Provider p = wellFormed(id, 120) ? Provider.findById(id) : null;
        if (p == null) {
            throw ProblemException.notFound("provider " + id);
        }
        return p;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Offer offer(String id) {
        Offer o = wellFormed(id, 160) ? Offer.findById(id) : null;
        if (o == null) {
            throw ProblemException.notFound("offer " + id);
        }
        return o;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Provider> providers() {
        return Provider.list("order by id");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> activeOfferCounts() {
        Map<String, Long> counts = new HashMap<>();
        Offer.getEntityManager().createQuery("select o.providerId, count(o) from Offer o where o.status = ?1 "
                        + "group by o.providerId", Object[].class).setParameter(1, OfferStatus.ACTIVE)
                .getResultList().forEach(r -> counts.put((String) r[0], (Long) r[1]));
        return counts;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Offer> search(OfferCriteria c) {
        StringBuilder where = new StringBuilder(" from offer o where o.status = :status");
        Map<String, Object> params = new HashMap<>();
        params.put("status", (c.status() == null ? OfferStatus.ACTIVE : c.status()).name());
        if (c.provider() != null) {
            where.append(" and o.provider_id = :provider");
            params.put("provider", c.provider());
        }
        if (c.area() != null) {
            where.append(" and :area = any(o.areas)");
            params.put("area", c.area());
        }
        if (c.activity() != null) {
            where.append(" and :activity = any(o.activities)");
            params.put("activity", c.activity());
        }
        if (c.modality() != null) {
            where.append(" and o.modality = :modality");
            params.put("modality", c.modality().name());
        }
        if (c.language() != null) {
            where.append(" and :language = any(o.languages)");
            params.put("language", c.language());
        }
        var em = Offer.getEntityManager();
        // Counted before the page is read: offers published meanwhile then never give a total with an empty page.
        var count = em.createNativeQuery("select count(*)" + where);
        params.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        var select = em.createNativeQuery("select o.*" + where + " order by o.provider_id, o.id", Offer.class);
        params.forEach(select::setParameter);
        select.setFirstResult(c.page().offset());
        select.setMaxResults(c.page().size());
        @SuppressWarnings("unchecked")
        List<Offer> items = select.getResultList();
        return new Page<>(items, total);
    }

    private static void apply(Provider p, ProviderInput in, org.tahub.matching.domain.ProviderKind kind) {
        p.name = in.name().strip();
        p.shortName = in.shortName();
        p.kind = kind;
        p.headquarters = in.headquarters();
        p.website = in.website();
        p.description = in.description();
        p.updatedAt = now();
    }

    private static void apply(Offer o, OfferValidation.CheckedOffer c) {
        o.title = c.title();
        o.description = c.description();
        o.areas = new ArrayList<>(c.areas());
        o.activities = new ArrayList<>(c.activities());
        o.modality = c.modality();
        o.languages = new ArrayList<>(c.languages());
        o.eligibleStates = new ArrayList<>(c.states());
        o.eligibleRegions = new ArrayList<>(c.regions());
        o.eligibleMemberships = new ArrayList<>(c.memberships());
        o.legalTraditions = new ArrayList<>(c.traditions());
        o.capacity = c.capacity();
        o.periodStart = c.start();
        o.periodEnd = c.end();
        o.indicativeCostUsd = c.cost();
        o.costNote = c.costNote();
        o.updatedAt = now();
    }

    /** An id of the form providers and offers have: no other can exist, and none is looked up. */
    private static boolean wellFormed(String id, int max) {
        return CodeParameters.isSlug(id, max);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
