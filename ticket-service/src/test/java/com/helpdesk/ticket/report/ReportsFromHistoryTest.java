package com.helpdesk.ticket.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.ticket.TicketEvent;
import com.helpdesk.platform.testing.InjectKafkaBroker;
import com.helpdesk.platform.testing.KafkaBroker;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.ReactiveDatabase;
import com.helpdesk.platform.testing.TopicPublisher;
import com.helpdesk.ticket.api.TestCallers;
import com.helpdesk.ticket.eventstore.TicketEventStore;
import com.helpdesk.ticket.report.model.FactKind;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every report over the fixed history of {@link ReportHistory}, in JSON and CSV, now and {@code asOf} earlier
 * instants. The ticket events go through the event store and its outbox (ticket-service is their producer, and
 * its ticket_view projector expects its own events in the store); the SLA events are put on the broker as
 * sla-service's relay would. Figures are hand-checked; the arithmetic is in the comments. Period: the fortnight
 * [2026-03-02, 2026-03-16) UTC; business hours Monday–Friday 09:00–18:00 UTC.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class ReportsFromHistoryTest {

    private static final ReportHistory HISTORY = ReportHistory.fortnight();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MID_PERIOD = "2026-03-09T12:00:00Z";

    @InjectKafkaBroker
    KafkaBroker kafka;

    @Inject
    TicketEventStore store;

    @BeforeEach
    void loadTheHistoryOnce() {
        boolean stored = ReactiveDatabase.inSession(() -> store.read(HISTORY.tickets.get(0))).size() > 0;
        if (!stored) {
            for (UUID ticket : HISTORY.tickets) {
                List<EventEnvelope<TicketEvent>> stream = HISTORY.ticketEvents.stream()
                        .filter(event -> event.subject().equals(ticket.toString())).toList();
                ReactiveDatabase.inTransaction(() -> store.append(stream));
            }
            try (TopicPublisher slaService = new TopicPublisher(kafka.bootstrapServers())) {
                HISTORY.slaEvents.forEach(slaService::publish);
            }
        }
        long facts = HISTORY.ticketEvents.stream().filter(event -> FactKind.of(event.data()).isPresent()).count()
                + HISTORY.slaEvents.size();
        await().atMost(Duration.ofSeconds(60)).until(() -> storedFacts() == facts);
    }

    @Test
    void volumeByChannel() {
        // created: EMAIL T04 T07 T09 T12 T15 T17 = 6, PHONE T06 T10 T14 = 3, WEB T05 T08 T11 T13 T16 T18 = 6.
        // resolved (a resolution in the period): EMAIL T02 T04 T07 (twice, once) T12 T15 = 5, PHONE T06 T14, WEB T05 T08 T13.
        // closed: EMAIL T04 T12, WEB T05. reopened: EMAIL T07, PHONE T14. merged: PHONE T10.
        // backlog at 03-16 00:00: EMAIL T09 (pending, 10d4h: 7-30d), T17 (2d0h30m: 1-3d);
        //   WEB T01 (42d14h: 30d+; resolved only on 03-20), T11 (8d14h: 7-30d), T16 (3d8h: 3-7d), T18 (2h: <1d).
        assertReport("volume", "channel", null, """
                [{"group":"EMAIL","created":6,"resolved":5,"closed":2,"reopened":1,"merged":0,"backlog":2,
                  "backlogAge":{"under1Day":0,"from1To3Days":1,"from3To7Days":0,"from7To30Days":1,"days30OrMore":0}},
                 {"group":"PHONE","created":3,"resolved":2,"closed":0,"reopened":1,"merged":1,"backlog":0,
                  "backlogAge":{"under1Day":0,"from1To3Days":0,"from3To7Days":0,"from7To30Days":0,"days30OrMore":0}},
                 {"group":"WEB","created":6,"resolved":3,"closed":1,"reopened":0,"merged":0,"backlog":4,
                  "backlogAge":{"under1Day":1,"from1To3Days":0,"from3To7Days":1,"from7To30Days":1,"days30OrMore":1}}]""", """
                group,created,resolved,closed,reopened,merged,backlog,backlog_under_1d,backlog_1d_to_3d,backlog_3d_to_7d,backlog_7d_to_30d,backlog_30d_or_more
                EMAIL,6,5,2,1,0,2,0,1,0,1,0
                PHONE,3,2,0,1,1,0,0,0,0,0,0
                WEB,6,3,1,0,0,4,1,0,1,1,1
                """);
    }

    @Test
    void volumeAsOfMidPeriod() {
        // Known at 03-09 12:00: created EMAIL T04 T07 T09 T12, PHONE T06 T10, WEB T05 T08 T11.
        // resolved EMAIL T02 T04 T07 T12 (10:15), PHONE T06, WEB T05 T08; closed EMAIL T04, WEB T05 (T12 closes 03-13).
        // backlog at 03-09 12:00: EMAIL T09 (3d16h: 3-7d); WEB T01 (36d2h: 30d+), T11 (2d2h: 1-3d).
        assertReport("volume", "channel", MID_PERIOD, """
                [{"group":"EMAIL","created":4,"resolved":4,"closed":1,"reopened":1,"merged":0,"backlog":1,
                  "backlogAge":{"under1Day":0,"from1To3Days":0,"from3To7Days":1,"from7To30Days":0,"days30OrMore":0}},
                 {"group":"PHONE","created":2,"resolved":1,"closed":0,"reopened":0,"merged":1,"backlog":0,
                  "backlogAge":{"under1Day":0,"from1To3Days":0,"from3To7Days":0,"from7To30Days":0,"days30OrMore":0}},
                 {"group":"WEB","created":3,"resolved":2,"closed":1,"reopened":0,"merged":0,"backlog":2,
                  "backlogAge":{"under1Day":0,"from1To3Days":1,"from3To7Days":0,"from7To30Days":0,"days30OrMore":1}}]""", """
                group,created,resolved,closed,reopened,merged,backlog,backlog_under_1d,backlog_1d_to_3d,backlog_3d_to_7d,backlog_7d_to_30d,backlog_30d_or_more
                EMAIL,4,4,1,1,0,1,0,0,1,0,0
                PHONE,2,1,0,0,1,0,0,0,0,0,0
                WEB,3,2,1,0,0,2,0,1,0,0,1
                """);
    }

    @Test
    void responseTimesByPriority() {
        // First response (creation → first public agent reply; business time stops while pending), in seconds:
        //   P2: T05 1800/1800, T07 7200/7200, T13 7200/7200, T15 70200 (15:00 → next day 10:30) / 3000 (15:00-15:20
        //       running, pending until 10:00, 10:00-10:30) → wall sorted 1800 7200 7200 70200: mean 86400/4 = 21600,
        //       median rank ceil(.5·4)=2 → 7200, p90 rank ceil(.9·4)=4 → 70200; business sorted 1800 3000 7200 7200:
        //       mean 19200/4 = 4800, median 3000, p90 7200.
        //   P3: T04 3600/3600, T06 59400 (17:00 → 09:30) / 5400 (17-18 + 09-09:30), T08 7200 / 3600 (only 09-10 is
        //       business), T09 48600 (Thu 20:00 → Fri 09:30) / 1800, T12 2700/2700, T14 3600/3600 → wall sorted
        //       2700 3600 3600 7200 48600 59400: mean 125100/6 = 20850, median rank 3 → 3600, p90 rank 6 → 59400;
        //       business sorted 1800 2700 3600 3600 3600 5400: mean 20700/6 = 3450, median 3600, p90 5400.
        // Resolution (creation → last resolution in the period; business time also stops while resolved):
        //   P2: T02 424800 (02-26 12:00 → 03-03 10:00, 118 h) / 90000 (Thu 6 h + Fri 9 h + Mon 9 h + Tue 1 h),
        //       T05 93600 / 10800 (10:00-10:35 + 09:35-12:00), T07 165600 (46 h) / 28800 (14-18 + 09-10, resolved
        //       until the reopen at 09:00, 09-12), T13 10800/10800, T15 72000 / 4800 (15:00-15:20 + 10:00-11:00)
        //       → wall sorted 10800 72000 93600 165600 424800: mean 766800/5 = 153360, median rank 3 → 93600,
        //       p90 rank 5 → 424800; business sorted 4800 10800 10800 28800 90000: mean 145200/5 = 29040,
        //       median 10800, p90 90000.
        //   P3: T04 7200/7200, T06 61200 / 7200, T08 9000 / 5400, T12 4500/4500, T14 86400 (10:00 → next day 10:00)
        //       / 9000 (10:00-11:30 + 09:00-10:00) → wall sorted 4500 7200 9000 61200 86400: mean 168300/5 = 33660,
        //       median 9000, p90 86400; business sorted 4500 5400 7200 7200 9000: mean 33300/5 = 6660, median 7200,
        //       p90 9000.
        assertReport("response-times", "priority", null, """
                [{"group":"P2",
                  "firstResponse":{"count":4,"wallClock":{"meanSeconds":21600,"medianSeconds":7200,"p90Seconds":70200},
                                   "business":{"meanSeconds":4800,"medianSeconds":3000,"p90Seconds":7200}},
                  "resolution":{"count":5,"wallClock":{"meanSeconds":153360,"medianSeconds":93600,"p90Seconds":424800},
                                "business":{"meanSeconds":29040,"medianSeconds":10800,"p90Seconds":90000}}},
                 {"group":"P3",
                  "firstResponse":{"count":6,"wallClock":{"meanSeconds":20850,"medianSeconds":3600,"p90Seconds":59400},
                                   "business":{"meanSeconds":3450,"medianSeconds":3600,"p90Seconds":5400}},
                  "resolution":{"count":5,"wallClock":{"meanSeconds":33660,"medianSeconds":9000,"p90Seconds":86400},
                                "business":{"meanSeconds":6660,"medianSeconds":7200,"p90Seconds":9000}}}]""", """
                group,first_response_count,first_response_mean_s,first_response_median_s,first_response_p90_s,first_response_business_mean_s,first_response_business_median_s,first_response_business_p90_s,resolution_count,resolution_mean_s,resolution_median_s,resolution_p90_s,resolution_business_mean_s,resolution_business_median_s,resolution_business_p90_s
                P2,4,21600,7200,70200,4800,3000,7200,5,153360,93600,424800,29040,10800,90000
                P3,6,20850,3600,59400,3450,3600,5400,5,33660,9000,86400,6660,7200,9000
                """);
    }

    @Test
    void responseTimesAsOfMidPeriod() {
        // Known at 03-09 12:00: first responses P2 T05 1800/1800, T07 7200/7200; P3 T04 3600/3600, T06 59400/5400,
        // T08 7200/3600, T09 48600/1800, T12 2700/2700. Resolutions P2 T02 424800/90000, T05 93600/10800,
        // T07 165600/28800; P3 T04 7200/7200, T06 61200/7200, T08 9000/5400, T12 4500/4500.
        //   P2 FR: mean 9000/2 = 4500, median rank 1 → 1800, p90 rank 2 → 7200 (business the same).
        //   P3 FR: wall sorted 2700 3600 7200 48600 59400: mean 121500/5 = 24300, median 7200, p90 59400;
        //          business sorted 1800 2700 3600 3600 5400: mean 17100/5 = 3420, median 3600, p90 5400.
        //   P2 resolution: wall sorted 93600 165600 424800: mean 684000/3 = 228000, median rank 2 → 165600, p90 424800;
        //          business sorted 10800 28800 90000: mean 129600/3 = 43200, median 28800, p90 90000.
        //   P3 resolution: wall sorted 4500 7200 9000 61200: mean 81900/4 = 20475, median rank 2 → 7200, p90 61200;
        //          business sorted 4500 5400 7200 7200: mean 24300/4 = 6075, median 5400, p90 7200.
        assertReport("response-times", "priority", MID_PERIOD, """
                [{"group":"P2",
                  "firstResponse":{"count":2,"wallClock":{"meanSeconds":4500,"medianSeconds":1800,"p90Seconds":7200},
                                   "business":{"meanSeconds":4500,"medianSeconds":1800,"p90Seconds":7200}},
                  "resolution":{"count":3,"wallClock":{"meanSeconds":228000,"medianSeconds":165600,"p90Seconds":424800},
                                "business":{"meanSeconds":43200,"medianSeconds":28800,"p90Seconds":90000}}},
                 {"group":"P3",
                  "firstResponse":{"count":5,"wallClock":{"meanSeconds":24300,"medianSeconds":7200,"p90Seconds":59400},
                                   "business":{"meanSeconds":3420,"medianSeconds":3600,"p90Seconds":5400}},
                  "resolution":{"count":4,"wallClock":{"meanSeconds":20475,"medianSeconds":7200,"p90Seconds":61200},
                                "business":{"meanSeconds":6075,"medianSeconds":5400,"p90Seconds":7200}}}]""", """
                group,first_response_count,first_response_mean_s,first_response_median_s,first_response_p90_s,first_response_business_mean_s,first_response_business_median_s,first_response_business_p90_s,resolution_count,resolution_mean_s,resolution_median_s,resolution_p90_s,resolution_business_mean_s,resolution_business_median_s,resolution_business_p90_s
                P2,2,4500,1800,7200,4500,1800,7200,3,228000,165600,424800,43200,28800,90000
                P3,5,24300,7200,59400,3420,3600,5400,4,20475,7200,61200,6075,5400,7200
                """);
    }

    @Test
    void resolutionByTeam() {
        // Created in the period, merged T10 left out, grouped by team at the end (T08 was transferred to hr):
        //   hr: T06 T08 T14 T18 = 4; resolved T06 T08 T14 = 3 (75.0 %); first contact T06 T08 (one reply, no reopen;
        //       T14 was reopened) = 2 of 3 (66.7 %); transfers 1 (T08) / 4 = 0.25; escalations 0.
        //   it: T04 T05 T07 T09 T11 T12 T13 T15 T16 T17 = 10; resolved T04 T05 T07 T12 T13 T15 = 6 (60.0 %); first
        //       contact T04 T12 T13 T15 = 4 of 6 (66.7 %; T05 had two replies, T07 was reopened); escalations 1 (T07)
        //       / 10 = 0.10.
        assertReport("resolution", "team", null, """
                [{"group":"hr","tickets":4,"resolved":3,"resolvedPercent":75.0,"firstContactResolved":2,
                  "firstContactResolutionPercent":66.7,"transfers":1,"transfersPerTicket":0.25,"escalations":0,
                  "escalationsPerTicket":0.00},
                 {"group":"it","tickets":10,"resolved":6,"resolvedPercent":60.0,"firstContactResolved":4,
                  "firstContactResolutionPercent":66.7,"transfers":0,"transfersPerTicket":0.00,"escalations":1,
                  "escalationsPerTicket":0.10}]""", """
                group,tickets,resolved,resolved_percent,first_contact_resolved,first_contact_resolution_percent,transfers,transfers_per_ticket,escalations,escalations_per_ticket
                hr,4,3,75.0,2,66.7,1,0.25,0,0.00
                it,10,6,60.0,4,66.7,0,0.00,1,0.10
                """);
    }

    @Test
    void resolutionAsOfMidPeriod() {
        // Known at 03-09 12:00: hr T06 T08, both resolved at first contact; transfers 1/2 = 0.50.
        // it T04 T05 T07 T09 T11 T12 = 6; resolved T04 T05 T07 T12 = 4 (66.7 %); first contact T04 T12 = 2 of 4
        // (50.0 %); escalations 1/6 = 0.17.
        assertReport("resolution", "team", MID_PERIOD, """
                [{"group":"hr","tickets":2,"resolved":2,"resolvedPercent":100.0,"firstContactResolved":2,
                  "firstContactResolutionPercent":100.0,"transfers":1,"transfersPerTicket":0.50,"escalations":0,
                  "escalationsPerTicket":0.00},
                 {"group":"it","tickets":6,"resolved":4,"resolvedPercent":66.7,"firstContactResolved":2,
                  "firstContactResolutionPercent":50.0,"transfers":0,"transfersPerTicket":0.00,"escalations":1,
                  "escalationsPerTicket":0.17}]""", """
                group,tickets,resolved,resolved_percent,first_contact_resolved,first_contact_resolution_percent,transfers,transfers_per_ticket,escalations,escalations_per_ticket
                hr,2,2,100.0,2,100.0,1,0.50,0,0.00
                it,6,4,66.7,2,50.0,0,0.00,1,0.17
                """);
    }

    @Test
    void slaComplianceByPriority() {
        // P2: first response met T05 T07 T15, breached T13 (its late met is not counted again) → 3/4 = 75.0 %;
        //     resolution met T05, T07 twice (before and after the reopen), breached T15 → 3/4 = 75.0 %; no next response.
        // P3: first response met T04 T09 T12 T14, breached T06 (announced, then met late), T08 (met late with no
        //     breach announced), T16 → 4/7 = 57.1 %; next response met T14 → 100.0 %; resolution met T04 T06 T12 → 100.0 %.
        assertReport("sla-compliance", "priority", null, """
                [{"group":"P2","targets":[
                   {"target":"FIRST_RESPONSE","met":3,"breached":1,"compliancePercent":75.0},
                   {"target":"NEXT_RESPONSE","met":0,"breached":0,"compliancePercent":null},
                   {"target":"RESOLUTION","met":3,"breached":1,"compliancePercent":75.0}]},
                 {"group":"P3","targets":[
                   {"target":"FIRST_RESPONSE","met":4,"breached":3,"compliancePercent":57.1},
                   {"target":"NEXT_RESPONSE","met":1,"breached":0,"compliancePercent":100.0},
                   {"target":"RESOLUTION","met":3,"breached":0,"compliancePercent":100.0}]}]""", """
                group,target,met,breached,compliance_percent
                P2,FIRST_RESPONSE,3,1,75.0
                P2,NEXT_RESPONSE,0,0,
                P2,RESOLUTION,3,1,75.0
                P3,FIRST_RESPONSE,4,3,57.1
                P3,NEXT_RESPONSE,1,0,100.0
                P3,RESOLUTION,3,0,100.0
                """);
    }

    @Test
    void csatByAgent() {
        // Tickets resolved in the period, by who held them at their last resolution there, with ratings known now:
        //   ivan T04 (5) T05 (3) T12 (4) T15 (–): 3 of 4 rated = 75.0 %, mean 12/3 = 4.00
        //   olga T02 (5, given on 03-17) T07 (4) T13 (1): 3 of 3 = 100.0 %, mean 10/3 = 3.33
        //   petr T06 (–) T08 (2) T14 (3): 2 of 3 = 66.7 %, mean 5/2 = 2.50
        assertReport("csat", "agent", null, """
                [{"group":"ivan","resolved":4,"rated":3,"responseRatePercent":75.0,"meanScore":4.00,
                  "distribution":{"1":0,"2":0,"3":1,"4":1,"5":1}},
                 {"group":"olga","resolved":3,"rated":3,"responseRatePercent":100.0,"meanScore":3.33,
                  "distribution":{"1":1,"2":0,"3":0,"4":1,"5":1}},
                 {"group":"petr","resolved":3,"rated":2,"responseRatePercent":66.7,"meanScore":2.50,
                  "distribution":{"1":0,"2":1,"3":1,"4":0,"5":0}}]""", """
                group,resolved,rated,response_rate_percent,mean_score,score_1,score_2,score_3,score_4,score_5
                ivan,4,3,75.0,4.00,0,0,1,1,1
                olga,3,3,100.0,3.33,1,0,0,1,1
                petr,3,2,66.7,2.50,0,1,1,0,0
                """);
    }

    @Test
    void csatAsOfTheDayAfterThePeriod() {
        // At 03-16 12:00 T02's rating (03-17) was not given yet: olga 2 of 3 = 66.7 %, mean (4+1)/2 = 2.50.
        assertReport("csat", "agent", "2026-03-16T12:00:00Z", """
                [{"group":"ivan","resolved":4,"rated":3,"responseRatePercent":75.0,"meanScore":4.00,
                  "distribution":{"1":0,"2":0,"3":1,"4":1,"5":1}},
                 {"group":"olga","resolved":3,"rated":2,"responseRatePercent":66.7,"meanScore":2.50,
                  "distribution":{"1":1,"2":0,"3":0,"4":1,"5":0}},
                 {"group":"petr","resolved":3,"rated":2,"responseRatePercent":66.7,"meanScore":2.50,
                  "distribution":{"1":0,"2":1,"3":1,"4":0,"5":0}}]""", """
                group,resolved,rated,response_rate_percent,mean_score,score_1,score_2,score_3,score_4,score_5
                ivan,4,3,75.0,4.00,0,0,1,1,1
                olga,3,2,66.7,2.50,1,0,0,1,0
                petr,3,2,66.7,2.50,0,1,1,0,0
                """);
    }

    @Test
    void heatmapOnBerlinClocks() {
        // The fortnight's dates in Europe/Berlin (UTC+1 in early March): [03-01 23:00Z, 03-15 23:00Z), the same 15
        // tickets. Hours are Berlin's: T04 Mon 10, T05 Mon 11, T06 Mon 18, T07 Tue 15, T08 Wed 09, T09 Thu 21,
        // T10 Fri 12, T11 Sat 11, T12 Mon 10, T13 Mon 14, T14 Tue 11, T15 Wed 16, T16 Thu 17,
        // T17 Fri 23:30 UTC = Sat 00, T18 Sun 23.
        Map<String, Map<Integer, Integer>> cells = Map.of(
                "MONDAY", Map.of(10, 2, 11, 1, 14, 1, 18, 1),
                "TUESDAY", Map.of(11, 1, 15, 1),
                "WEDNESDAY", Map.of(9, 1, 16, 1),
                "THURSDAY", Map.of(17, 1, 21, 1),
                "FRIDAY", Map.of(12, 1),
                "SATURDAY", Map.of(0, 1, 11, 1),
                "SUNDAY", Map.of(23, 1));
        StringBuilder json = new StringBuilder("[{\"group\":null,\"tickets\":15,\"createdByDay\":{");
        StringBuilder csv = new StringBuilder("group,day_of_week,hour,tickets\n");
        List<String> days = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");
        for (String day : days) {
            json.append('"').append(day).append("\":[");
            for (int hour = 0; hour < 24; hour++) {
                int count = cells.get(day).getOrDefault(hour, 0);
                json.append(hour == 0 ? "" : ",").append(count);
                csv.append(',').append(day).append(',').append(hour).append(',').append(count).append('\n');
            }
            json.append(day.equals("SUNDAY") ? "]" : "],");
        }
        json.append("}}]");
        Response response = report("heatmap", Map.of("from", "2026-03-02", "to", "2026-03-16", "zone", "Europe/Berlin"),
                "application/json");
        assertThat(response.jsonPath().getString("from")).isEqualTo("2026-03-01T23:00:00Z");
        assertThat(tree(response.asString()).get("rows")).isEqualTo(tree(json.toString()));
        assertThat(report("heatmap", Map.of("from", "2026-03-02", "to", "2026-03-16", "zone", "Europe/Berlin"), "text/csv")
                .asString()).isEqualTo(crlf(csv.toString()));
    }

    @Test
    void workloadByAgent() {
        // open and assigned at the end: ivan T01 (open), T09 (pending); olga T16 (in progress).
        // resolved: ivan T04 T05 T12 T15; olga T02 T07 T13; petr T06 T08 T14.
        // handle time (IN_PROGRESS inside the period), seconds:
        //   ivan T04 09:10-11:00 6600 + T05 10:10-10:35 1500 + 09:35-12:00 8700 + T09 09:05-09:45 2400
        //        + T12 09:15-10:15 3600 + T15 15:10-15:20 600 + 10:00-11:00 3600 = 27000; / 4 resolved = 6750
        //   olga T02 from the period's start to 03-03 10:00 122400 + T07 03-03 15:10 → 03-04 10:00 67800
        //        + 09:30-12:00 9000 + T13 14:00-16:00 7200 + T16 03-12 16:20 → 03-16 00:00 286800 = 493200; / 3 = 164400
        //   petr T06 17:20 → 10:00 60000 + T08 09:40-10:30 3000 + T14 10:10-11:30 4800 + 09:30-10:00 1800 = 69600; / 3 = 23200
        assertReport("workload", "agent", null, """
                [{"group":"ivan","openAssigned":2,"resolved":4,"handleTimeSeconds":27000,"handleTimePerResolvedSeconds":6750},
                 {"group":"olga","openAssigned":1,"resolved":3,"handleTimeSeconds":493200,"handleTimePerResolvedSeconds":164400},
                 {"group":"petr","openAssigned":0,"resolved":3,"handleTimeSeconds":69600,"handleTimePerResolvedSeconds":23200}]""", """
                group,open_assigned,resolved,handle_time_s,handle_time_per_resolved_s
                ivan,2,4,27000,6750
                olga,1,3,493200,164400
                petr,0,3,69600,23200
                """);
    }

    @Test
    void workloadAsOfMidPeriod() {
        // At 03-09 12:00: open and assigned ivan T01, T09 (T12 resolved at 10:15); resolved ivan T04 T05 T12,
        // olga T02 T07, petr T06 T08; handle ivan 6600+1500+8700+2400+3600 = 22800 / 3 = 7600,
        // olga 122400+67800+9000 = 199200 / 2 = 99600, petr 60000+3000 = 63000 / 2 = 31500.
        assertReport("workload", "agent", MID_PERIOD, """
                [{"group":"ivan","openAssigned":2,"resolved":3,"handleTimeSeconds":22800,"handleTimePerResolvedSeconds":7600},
                 {"group":"olga","openAssigned":0,"resolved":2,"handleTimeSeconds":199200,"handleTimePerResolvedSeconds":99600},
                 {"group":"petr","openAssigned":0,"resolved":2,"handleTimeSeconds":63000,"handleTimePerResolvedSeconds":31500}]""", """
                group,open_assigned,resolved,handle_time_s,handle_time_per_resolved_s
                ivan,2,3,22800,7600
                olga,0,2,199200,99600
                petr,0,2,63000,31500
                """);
    }

    @Test
    void withoutGroupByOneRowCoversEverything() {
        Response response = report("volume", Map.of("from", "2026-03-02", "to", "2026-03-16"), "application/json");
        // 6 + 3 + 6 created, 5 + 2 + 3 resolved, 2 + 4 backlog: the channels' rows added up.
        assertThat(tree(response.asString()).get("rows")).isEqualTo(tree("""
                [{"group":null,"created":15,"resolved":10,"closed":3,"reopened":2,"merged":1,"backlog":6,
                  "backlogAge":{"under1Day":1,"from1To3Days":1,"from3To7Days":1,"from7To30Days":2,"days30OrMore":1}}]"""));
        assertThat(response.jsonPath().getString("report")).isEqualTo("volume");
        assertThat(response.jsonPath().getString("zone")).isEqualTo("UTC");
        assertThat(response.jsonPath().getString("to")).isEqualTo("2026-03-16T00:00:00Z");
    }

    @Test
    void aRebuildFromTheEventStoreGivesTheSameFigures() {
        String before = report("workload", Map.of("from", "2026-03-02", "to", "2026-03-16", "groupBy", "agent"),
                "text/csv").asString();
        long facts = storedFacts();
        ReactiveDatabase.inTransaction(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("update report_event set agent = 'someone-else' where ticket_id in (:ids) and sla_target is null")
                .setParameter("ids", HISTORY.tickets).executeUpdate()));

        TestCallers.as("ada", "admin").post("/api/v1/admin/reports/rebuild").then().statusCode(200);

        assertThat(storedFacts()).isEqualTo(facts);
        assertThat(report("workload", Map.of("from", "2026-03-02", "to", "2026-03-16", "groupBy", "agent"), "text/csv")
                .asString()).isEqualTo(before);
    }

    private void assertReport(String report, String groupBy, String asOf, String rows, String csv) {
        Map<String, String> query = new java.util.HashMap<>(Map.of("from", "2026-03-02", "to", "2026-03-16", "groupBy", groupBy));
        if (asOf != null) {
            query.put("asOf", asOf);
        }
        Response json = report(report, query, "application/json");
        assertThat(tree(json.asString()).get("rows")).as(report + " as JSON").isEqualTo(tree(rows));
        assertThat(json.jsonPath().getString("asOf")).isEqualTo(asOf);
        assertThat(report(report, query, "text/csv").asString()).as(report + " as CSV").isEqualTo(crlf(csv));
    }

    static Response report(String report, Map<String, String> query, String accept) {
        Response response = TestCallers.as("sam", "supervisor").accept(accept).queryParams(query)
                .get("/api/v1/reports/" + report);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith(accept);
        return response;
    }

    private long storedFacts() {
        return ReactiveDatabase.inSession(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("select count(*) from report_event where ticket_id in (:ids)", Long.class)
                .setParameter("ids", HISTORY.tickets).getSingleResult()));
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    private static String crlf(String text) {
        return text.replace("\n", "\r\n");
    }
}
