package org.tahub.instruments.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the catalogue ({@code tahub.catalogue.*}). */
@ConfigMapping(prefix = "tahub.catalogue")
public interface CatalogueConfig {

    /** Import the reference data shipped with the service at start-up (new entries, and corrections of entries
     * that no curator has changed since). */
    @WithDefault("true")
    boolean importOnStart();
}
