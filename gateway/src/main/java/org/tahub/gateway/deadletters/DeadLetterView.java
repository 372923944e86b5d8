package org.tahub.gateway.deadletters;

import java.time.OffsetDateTime;

/** A message a consumer could not process, where it came from and why. */
public record DeadLetterView(String topic, int partition, long offset, OffsetDateTime at, String key, String value,
                             String originalTopic, Integer originalPartition, Long originalOffset, String reason,
                             String cause, String replayedFrom) {
}
