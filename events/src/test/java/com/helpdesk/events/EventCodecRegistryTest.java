package com.helpdesk.events;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registry's construction-time checks, run against small families declared here. */
class EventCodecRegistryTest {

    sealed interface Nested extends HelpdeskEvent permits Inner, Top {
    }

    sealed interface Inner extends Nested permits Deep {
    }

    @EventType("helpdesk.test.top.v1")
    record Top() implements Nested {
    }

    @EventType("helpdesk.test.deep.v1")
    record Deep() implements Inner {
    }

    sealed interface Clashing extends HelpdeskEvent permits First, Second {
    }

    @EventType("helpdesk.test.same.v1")
    record First() implements Clashing {
    }

    @EventType("helpdesk.test.same.v1")
    record Second() implements Clashing {
    }

    sealed interface Unnamed extends HelpdeskEvent permits Anonymous {
    }

    record Anonymous() implements Unnamed {
    }

    sealed interface Misnamed extends HelpdeskEvent permits JavaNamed {
    }

    @EventType("com.helpdesk.events.JavaNamed")
    record JavaNamed() implements Misnamed {
    }

    @Test
    void findsRecordsInNestedSealedFamilies() {
        EventCodec codec = new EventCodec(List.of(Nested.class));

        assertThat(codec.knownTypes()).containsExactly("helpdesk.test.deep.v1", "helpdesk.test.top.v1");
        assertThat(codec.decode("helpdesk.test.deep.v1", "{}".getBytes(StandardCharsets.UTF_8))).isEqualTo(new Deep());
    }

    @Test
    void rejectsTwoRecordsWithOneName() {
        assertThatThrownBy(() -> new EventCodec(List.of(Clashing.class)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("helpdesk.test.same.v1")
                .hasMessageContaining(First.class.getName())
                .hasMessageContaining(Second.class.getName());
    }

    @Test
    void rejectsRecordsWithoutAName() {
        assertThatThrownBy(() -> new EventCodec(List.of(Unnamed.class)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(Anonymous.class.getName());
    }

    @Test
    void rejectsNamesOutsideTheConvention() {
        assertThatThrownBy(() -> new EventCodec(List.of(Misnamed.class)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("com.helpdesk.events.JavaNamed");
    }
}
