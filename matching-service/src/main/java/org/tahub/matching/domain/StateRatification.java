package org.tahub.matching.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A state's standing towards a universal instrument, as its latest submitted assessment reports it. */
@Entity
@Table(name = "state_ratification")
public class StateRatification extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    public String status;

    @Embeddable
    public record Key(@Column(name = "iso3") String state, @Column(name = "instrument") String instrument)
            implements Serializable {
    }
}
