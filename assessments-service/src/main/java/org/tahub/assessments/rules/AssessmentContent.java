package org.tahub.assessments.rules;

import java.util.List;
import org.tahub.assessments.domain.Answer;
import org.tahub.assessments.domain.Ratification;
import org.tahub.assessments.domain.Statement;
import org.tahub.assessments.domain.Visibility;

/** A draft's content once every field has been checked. */
public record AssessmentContent(String state, Integer period, Visibility visibility, List<Answer> answers,
                                List<Ratification> ratifications, List<Statement> statements) {
}
