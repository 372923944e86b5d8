package org.tahub.assessments.domain;

import java.util.List;

/**
 * A need in the state's own words, as states write them to the Counter-Terrorism Committee.
 *
 * @param areas      areas the state (or, for the 2004 synopsis, an analyst) tagged it with
 * @param activities activities it was tagged with
 * @param note       why it was tagged so, for the analyst labels of the 2004 synopsis
 * @param writtenIn  its language (null in versions stored before languages were kept)
 */
public record Statement(int ordinal, String text, Priority priority, List<String> areas, List<String> activities,
                        String note, WrittenIn writtenIn) {
}
