package org.tahub.matching.api;

import org.tahub.matching.domain.Provider;

/** A provider as the API shows it, with how many active offers it publishes. */
public record ProviderView(String id, String name, String shortName, String kind, String headquarters, String website,
                           String description, boolean demonstration, long activeOffers, long version) {

    public static ProviderView of(Provider p, long activeOffers) {
        return new ProviderView(p.id, p.name, p.shortName, p.kind.name(), p.headquarters, p.website, p.description,
                p.demonstration, activeOffers, p.version);
    }
}
