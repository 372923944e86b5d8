package org.tahub.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tahub.events.EventCodec;
import org.tahub.events.EventEnvelope;
import org.tahub.events.EventSchemas;
import org.tahub.events.EventType;
import org.tahub.events.matching.MatchProposedV2;
import org.tahub.events.matching.MatchesProposedV1;
import org.tahub.events.matching.RoundCompletedV1;
import org.tahub.events.matching.RoundRequestedV1;
import org.tahub.events.assessments.RatificationV1;
import org.tahub.infrastructure.testing.KafkaTestResource;
import org.tahub.infrastructure.testing.TopicReader;

/**
 * A submitted assessment (its event on the real broker) gets explained proposals for each need, eligible offers
 * only, the catalogue's tools and instruments beside them; providers answer only their own; a need covered by an
 * engagement says so when another provider is proposed.
 */
@QuarkusTest
class MatchingTest {

    @BeforeEach
    void catalogue() {
        CatalogueFixture.ensurePublished();
    }

    @Test
    void aSubmittedAssessmentGetsExplainedProposalsToolsAndInstruments() {
        try (TopicReader topic = new TopicReader(KafkaTestResource.shared().bootstrapServers(), "tahub.matching.v1");
             TopicReader proposalsTopic = new TopicReader(KafkaTestResource.shared().bootstrapServers(),
                     "tahub.matching.proposals.v1")) {
            String assessment = Submissions.submit(Submissions.KENYA, "PROVIDERS", List.of(
                            Submissions.activity("V.4", "HIGH", "Our financial reporting centre exists in law but has no trained analysts."),
                            Submissions.statement(1, "Assistance in setting up a Financial Intelligence Unit")),
                    List.of(new RatificationV1("terrorist-financing-convention-1999", "NOT_PARTY", null, null)));

            JsonPath byNeed = await().atMost(Duration.ofSeconds(60)).until(() -> {
                var r = Callers.analyst().queryParam("assessment", assessment).get("/api/v1/matches/by-need");
                return r.statusCode() == 200 ? r.jsonPath() : null;
            }, j -> j != null && j.getList("$").size() == 2 && !j.getList("[0].proposals").isEmpty());

            // The activity need: offers covering V.4, each score broken down into its seven components, in words.
            assertThat(byNeed.getString("[0].needId")).isEqualTo("activity:V.4");
            List<Map<String, Object>> proposals = byNeed.getList("[0].proposals");
            assertThat(proposals).isNotEmpty().hasSizeLessThanOrEqualTo(5);
            assertThat(byNeed.getList("[0].proposals[0].components.name"))
                    .containsExactly("activity", "text", "language", "priority", "capacity", "period", "cost");
            assertThat(byNeed.getString("[0].proposals[0].components[0].explanation")).contains("V.4");
            assertThat(byNeed.getList("[0].proposals.score", Float.class)).isSortedAccordingTo((a, b) -> Float.compare(b, a));
            // Eligibility: Kenya is no OAS, Council of Europe or OSCE member; those offers are never proposed to it.
            assertThat(byNeed.getList("[0].proposals.providerId", String.class))
                    .doesNotContain("oas-cicte", "coe-counter-terrorism", "osce-tnt");
            // The catalogue: the 1999 Convention, which Kenya says it has not joined, and tools on the subject.
            assertThat(byNeed.getList("[0].instruments.id", String.class)).contains("terrorist-financing-convention-1999");
            assertThat(byNeed.getString("[0].instruments.find { it.id == 'terrorist-financing-convention-1999' }.reason"))
                    .contains("Kenya is not a party");
            assertThat(byNeed.getList("[0].tools")).isNotEmpty();
            // The statement, in Kenya's words, was classified into area V and matched as such.
            assertThat(byNeed.getList("[1].areas", String.class)).contains("V");
            assertThat(byNeed.getString("[1].classification.areas[0].code")).isEqualTo("V");
            assertThat(byNeed.getList("[1].proposals")).isNotEmpty();

            // The round is announced on tahub.matching.v1 (key: the state) with its counts; each of its proposals is
            // a small record of its own on the compacted proposals topic, keyed by the proposal's id.
            var notice = topic.await(r -> r.value().contains(assessment)
                    && r.value().contains("tahub.matching.round.completed"), Duration.ofSeconds(30));
            assertThat(notice.key()).isEqualTo("KEN");
            EventEnvelope round = EventCodec.read(notice.value());
            assertThat(EventSchemas.violations(round)).isEmpty();
            RoundCompletedV1 counts = EventCodec.data(round, RoundCompletedV1.class);
            int standing = proposals.size() + byNeed.getList("[1].proposals").size();
            assertThat(counts.standing()).isEqualTo(standing);
            assertThat(counts.added()).isEqualTo(standing);
            assertThat(counts.reason()).isEqualTo("assessment-submitted");

            List<MatchProposedV2> records = proposalsTopic.awaitAll(r -> r.value().contains(counts.roundId()), standing,
                    Duration.ofSeconds(30)).stream().map(r -> {
                        EventEnvelope e = EventCodec.read(r.value());
                        assertThat(EventSchemas.violations(e)).isEmpty();
                        assertThat(e.type()).isEqualTo("tahub.matching.match.proposed.v2");
                        MatchProposedV2 p = EventCodec.data(e, MatchProposedV2.class);
                        assertThat(r.key()).isEqualTo(p.matchId());
                        assertThat(r.serializedValueSize()).isLessThan(EventType.MATCH_PROPOSED_V2.maxBytes());
                        return p;
                    }).toList();
            assertThat(records).extracting(MatchProposedV2::matchId).doesNotHaveDuplicates()
                    .containsAll(byNeed.getList("[0].proposals.id", String.class));
            assertThat(records).allSatisfy(p -> assertThat(p.assessmentId()).isEqualTo(assessment));

            // Until its sunset, the deprecated first version follows with the whole set, after the notice.
            var v1 = topic.await(r -> r.value().contains(assessment)
                    && r.value().contains("\"tahub.matching.match.proposed\""), Duration.ofSeconds(30));
            assertThat(v1.offset()).isGreaterThan(notice.offset());
            // Written straight from its record, unchecked when sent: its schema is checked here.
            assertThat(EventSchemas.violations(EventCodec.read(v1.value()))).isEmpty();
            assertThat(EventCodec.data(EventCodec.read(v1.value()), MatchesProposedV1.class).proposals())
                    .hasSize(standing);
        }
    }

    @Test
    void anOfferChangeIsMatchedAgainThroughARequestKeyedByTheState() {
        String assessment = Submissions.submit(Submissions.SENEGAL, "PROVIDERS",
                List.of(Submissions.activity("IX.2", "HIGH", null)), List.of());
        await().atMost(Duration.ofSeconds(60)).until(() -> Callers.analyst().queryParam("assessment", assessment)
                .get("/api/v1/matches/by-need").statusCode() == 200);
        try (TopicReader rounds = new TopicReader(KafkaTestResource.shared().bootstrapServers(), "tahub.matching.rounds.v1");
             TopicReader matching = new TopicReader(KafkaTestResource.shared().bootstrapServers(), "tahub.matching.v1")) {
            String provider = "round-request-test-donor";
            Callers.admin().body(Map.of("id", provider, "name", "A donor registered by the round test", "kind",
                    "BILATERAL_DONOR")).post("/api/v1/providers").then().statusCode(201);
            String offer = provider + "-round-test-offer";
            Callers.provider(provider).body(Map.of("id", offer, "title", "Expert advice for the round test",
                            "activities", List.of("IX.2"), "modality", "EXPERT_ADVICE", "languages", List.of("fr"),
                            "capacity", 3, "periodStart", "2026-01-01", "periodEnd", "2028-12-31"))
                    .post("/api/v1/offers").then().statusCode(201);

            // The change wrote one request per state it may affect, keyed by the state: whichever instance holds
            // Senegal's partition runs its round.
            var request = rounds.await(r -> r.value().contains(assessment), Duration.ofSeconds(30));
            assertThat(request.key()).isEqualTo("SEN");
            EventEnvelope event = EventCodec.read(request.value());
            assertThat(EventSchemas.violations(event)).isEmpty();
            RoundRequestedV1 asked = EventCodec.data(event, RoundRequestedV1.class);
            assertThat(asked.state()).isEqualTo("SEN");
            assertThat(asked.assessments()).contains(assessment);
            assertThat(asked.offers()).containsExactly(offer);

            // Taken from the topic, it ran the round: announced, and the new offer proposed.
            var notice = matching.await(r -> r.value().contains(assessment) && r.value().contains("\"offers-changed\""),
                    Duration.ofSeconds(60));
            assertThat(EventCodec.data(EventCodec.read(notice.value()), RoundCompletedV1.class).added()).isPositive();
            assertThat(Callers.analyst().queryParam("assessment", assessment).queryParam("provider", provider)
                    .get("/api/v1/matches").then().statusCode(200).extract().jsonPath().getInt("total")).isEqualTo(1);
        }
    }

    @Test
    void providersAnswerOnlyTheirOwnProposalsAndTheStateAgrees() {
        String assessment = Submissions.submit(Submissions.GHANA, "PROVIDERS",
                List.of(Submissions.activity("V.1", "HIGH", "Terrorist financing is not yet an offence.")), List.of());
        JsonPath page = await().atMost(Duration.ofSeconds(60)).until(() -> Callers.analyst()
                .queryParam("assessment", assessment).get("/api/v1/matches").then().extract().jsonPath(),
                j -> j.getInt("total") > 0);
        String match = page.getString("items[0].id");
        String provider = page.getString("items[0].providerId");

        // Another provider does not even see it; Ghana sees it but cannot accept for the provider.
        Callers.provider("someone-else").post("/api/v1/matches/" + match + "/accept").then().statusCode(404);
        Callers.state("GHA").get("/api/v1/matches/" + match).then().statusCode(200);
        Callers.state("UGA").get("/api/v1/matches/" + match).then().statusCode(404);
        Callers.state("GHA").post("/api/v1/matches/" + match + "/accept").then().statusCode(403);
        Callers.state("GHA").post("/api/v1/matches/" + match + "/agree").then().statusCode(409);

        try (TopicReader topic = new TopicReader(KafkaTestResource.shared().bootstrapServers(), "tahub.matching.v1")) {
            Callers.provider(provider).body(Map.of("reason", "An expert is available in March."))
                    .post("/api/v1/matches/" + match + "/accept").then().statusCode(200).body("status", equalTo("ACCEPTED"));
            Callers.provider(provider).post("/api/v1/matches/" + match + "/accept").then().statusCode(200);
            var accepted = topic.await(r -> r.value().contains(match) && r.value().contains("match.accepted"),
                    Duration.ofSeconds(30));
            assertThat(accepted.key()).isEqualTo("GHA");
        }
        Callers.state("GHA").post("/api/v1/matches/" + match + "/agree").then().statusCode(200).body("status", equalTo("AGREED"));
        Callers.provider(provider).post("/api/v1/matches/" + match + "/decline").then().statusCode(409);

        Callers.analyst().queryParam("state", "GHA").queryParam("activity", "V.1").get("/api/v1/coordination").then()
                .statusCode(200).body("find { it.assessmentId == '" + assessment + "' }.providers.find { it.status == 'AGREED' }.providerId",
                        equalTo(provider));

        // Ghana's next assessment asks again for help on V.1: other providers are proposed, but each proposal says
        // that Ghana is already engaged on it.
        String next = Submissions.submit(Submissions.GHANA, "PROVIDERS",
                List.of(Submissions.activity("V.1", "HIGH", "Terrorist financing is still not an offence.")), List.of());
        JsonPath again = await().atMost(Duration.ofSeconds(60)).until(() -> Callers.analyst()
                .queryParam("assessment", next).get("/api/v1/matches").then().extract().jsonPath(), j -> j.getInt("total") > 0);
        List<Map<String, Object>> others = again.<Map<String, Object>>getList("items").stream()
                .filter(m -> !provider.equals(m.get("providerId"))).toList();
        assertThat(others).isNotEmpty().allSatisfy(m -> assertThat((String) m.get("coordination"))
                .as("proposal %s", m).contains("Ghana already has an engagement on V.1"));

        // A new offer on V.1 from a provider registered now is matched with the needs it may serve.
        String newcomer = "coordination-test-donor";
        Callers.admin().body(Map.of("id", newcomer, "name", "A donor registered by the test", "kind", "BILATERAL_DONOR"))
                .post("/api/v1/providers").then().statusCode(201);
        Callers.provider(newcomer).body(Map.of("id", newcomer + "-cft-offence-drafting-test", "title",
                        "Drafting the terrorist financing offence", "activities", List.of("V.1"), "modality", "EXPERT_ADVICE",
                        "languages", List.of("en"), "capacity", 5, "periodStart", "2026-01-01", "periodEnd", "2028-12-31"))
                .post("/api/v1/offers").then().statusCode(201);
        await().atMost(Duration.ofSeconds(60)).until(() -> Callers.analyst().queryParam("assessment", next)
                .queryParam("provider", newcomer).get("/api/v1/matches").then().extract().jsonPath().getInt("total") > 0);
    }

    @Test
    void aConfidentialAssessmentsProposalsReachNoProvider() {
        String assessment = Submissions.submit(Submissions.SENEGAL, "CONFIDENTIAL",
                List.of(Submissions.activity("V.4", "HIGH", null)), List.of());
        JsonPath page = await().atMost(Duration.ofSeconds(60)).until(() -> Callers.analyst()
                .queryParam("assessment", assessment).get("/api/v1/matches").then().extract().jsonPath(),
                j -> j.getInt("total") > 0);
        String match = page.getString("items[0].id");
        String provider = page.getString("items[0].providerId");
        Callers.provider(provider).get("/api/v1/matches/" + match).then().statusCode(404);
        Callers.provider(provider).queryParam("assessment", assessment).get("/api/v1/matches").then().body("total", equalTo(0));
        Callers.provider(provider).queryParam("assessment", assessment).get("/api/v1/matches/by-need").then().statusCode(404);
        Callers.state("SEN").queryParam("assessment", assessment).get("/api/v1/matches").then().body("total", equalTo(page.getInt("total")));
        // Senegal works in French: an offer in English only says so.
        assertThat(page.getList("items.components.flatten().findAll { it.name == 'language' }.explanation", String.class))
                .allMatch(e -> e.contains("Senegal works in fr"));
    }
}
