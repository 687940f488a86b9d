package com.helpdesk.events;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SampleEventsTest {

    private final EventCodec codec = new EventCodec();

    @Test
    void thereIsExactlyOneSamplePerKnownType() {
        assertThat(SampleEvents.all())
                .as("a new event type needs a sample in SampleEvents (and a golden file)")
                .extracting(codec::typeOf)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(codec.knownTypes());
    }
}
