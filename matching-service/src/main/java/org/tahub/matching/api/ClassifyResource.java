package org.tahub.matching.api;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tahub.languages.LanguageTags;
import org.tahub.matching.service.NeedClassification;
import org.tahub.edge.problem.Problem;
import org.tahub.edge.problem.ProblemException;

@Path("/api/v1/classify")
@Tag(name = "Classification", description = "What a need written in a state's own words most likely means")
@Authenticated
public class ClassifyResource {

    private final NeedClassification classification;

    public ClassifyResource(NeedClassification classification) {
        this.classification = classification;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The checklist activities and areas a statement of need most likely means, ranked, with scores",
            description = "Areas' scores sum to 1 over the areas returned and those left out; activities are scored against the best one. "
                    + "Each item names the exemplars that weighed most (an activity's own wording, or a labelled statement). "
                    + "The text may be written in any of the six official languages of the United Nations; the answer "
                    + "says which it was read in. A paragraph that holds several needs is read as several: each comes back in "
                    + "needs with the span of the text it came from and its own ranking. "
                    + "Accuracy and how it is measured: docs/matching.md.")
    @APIResponse(responseCode = "200", description = "The classification", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClassificationView.class), examples = @ExampleObject(name = "FIU",
            value = "{\"activities\":[{\"code\":\"V.4\",\"score\":1.0,\"evidence\":[\"activity:V.4\"]},{\"code\":\"V.5\",\"score\":0.83,\"evidence\":[\"statement:s-064\"]}],\"areas\":[{\"code\":\"V\",\"score\":0.91,\"evidence\":[\"activity:V.4\",\"2004-KEN-3\"]},{\"code\":\"X\",\"score\":0.04,\"evidence\":[]}],\"language\":\"en\",\"needs\":[{\"start\":0,\"end\":54,\"text\":\"Assistance in setting up a Financial Intelligence Unit\",\"language\":\"en\",\"activities\":[{\"code\":\"V.4\",\"score\":1.0,\"evidence\":[\"activity:V.4\"]}],\"areas\":[{\"code\":\"V\",\"score\":0.91,\"evidence\":[\"activity:V.4\"]}]}]}")))
    @APIResponse(responseCode = "400", description = "The body is not valid JSON, or a field is unknown, of the wrong type or holds a control character",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No text, or too long; a limit out of range; a language that is not a BCP 47 tag", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public ClassificationView classify(@Valid ClassifyRequest body) {
        if (body == null) {
            throw ProblemException.unprocessable(List.of(new Problem.FieldError("body", "is required: {\"text\": \"...\"}")));
        }
        int limit = body.limit() == null ? 5 : body.limit();
        if (limit < 1 || limit > 20) {
            throw ProblemException.unprocessable(List.of(new Problem.FieldError("body.limit", "must be between 1 and 20")));
        }
        String language = null;
        if (body.language() != null) {
            if (LanguageTags.canonical(body.language()).isEmpty()) {
                throw ProblemException.unprocessable(List.of(new Problem.FieldError("body.language",
                        "is not a BCP 47 language tag (e.g. fr, es-419, zh-Hans)")));
            }
            language = LanguageTags.unLanguage(body.language()).orElse(null);
        }
        return ClassificationView.of(body.text(), classification.classify(body.text(), limit, language),
                classification.split(body.text(), limit, language));
    }
}
