package org.tahub.matching.domain;

/** What kind of body a provider is. */
public enum ProviderKind {
    UN_ENTITY, IFI, REGIONAL_ORGANISATION, INTERGOVERNMENTAL_ORGANISATION, BILATERAL_DONOR, INSTITUTE, NGO
}
