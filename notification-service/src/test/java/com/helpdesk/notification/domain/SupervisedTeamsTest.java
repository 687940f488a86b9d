package com.helpdesk.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SupervisedTeamsTest {

    @Test
    void aSupervisorWithoutTeamsLooksAfterEveryTeam() {
        assertThat(SupervisedTeams.covers(List.of(), "hr")).isTrue();
        assertThat(SupervisedTeams.covers(List.of(" ", ","), "hr")).isTrue();
    }

    @Test
    void aSupervisorWithTeamsLooksAfterThoseOnly() {
        assertThat(SupervisedTeams.covers(List.of("hr", "billing"), "billing")).isTrue();
        assertThat(SupervisedTeams.covers(List.of("hr", "billing"), "it-support")).isFalse();
    }

    @Test
    void teamsTypedAsOneCommaSeparatedValueCountAndCaseDoesNotMatter() {
        assertThat(SupervisedTeams.covers(List.of("hr, IT-Support"), "it-support")).isTrue();
        assertThat(SupervisedTeams.covers(List.of("hr, billing"), "it")).isFalse();
    }

    @Test
    void aTicketWithoutTeamConcernsEverySupervisor() {
        assertThat(SupervisedTeams.covers(List.of("hr"), null)).isTrue();
    }
}
