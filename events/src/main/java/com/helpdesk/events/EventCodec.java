package com.helpdesk.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Turns event records into JSON and back, naming them by their {@link EventType} rather than by class.
 *
 * <p>The registry is discovered, not listed: walking each {@link Topic} family's permitted subclasses
 * finds every record a producer can emit, so adding a record to a family registers it. Construction fails
 * fast if a record lacks {@link EventType}, its name is malformed, or two records claim the same name.
 *
 * <p>Immutable and thread-safe; build one and share it.
 */
public final class EventCodec {

    /** {@code helpdesk.<family>.<name>.v<n>}: lower-case, dot- or dash-separated words. */
    private static final Pattern TYPE_NAME = Pattern.compile("helpdesk(\\.[a-z][a-z0-9-]*){2,}\\.v[1-9][0-9]*");

    private final Map<String, Class<? extends HelpdeskEvent>> recordsByType;
    private final Map<Class<? extends HelpdeskEvent>, String> typesByRecord;
    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // customFields and the like: equal events must give equal bytes
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            // a newer producer may add optional fields; an older consumer must still read the event
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS))
            .build();

    public EventCodec() {
        this(Arrays.stream(Topic.values()).<Class<? extends HelpdeskEvent>>map(Topic::family).toList());
    }

    /** Scans the given families instead of the topics' — lets tests prove the registry's checks. */
    EventCodec(Collection<Class<? extends HelpdeskEvent>> families) {
        Map<String, Class<? extends HelpdeskEvent>> byType = new TreeMap<>();
        families.forEach(family -> register(family, byType));
        Map<Class<? extends HelpdeskEvent>, String> byRecord = new HashMap<>();
        byType.forEach((type, record) -> byRecord.put(record, type));
        this.recordsByType = Collections.unmodifiableMap(byType);
        this.typesByRecord = Map.copyOf(byRecord);
    }

    private static void register(Class<? extends HelpdeskEvent> type, Map<String, Class<? extends HelpdeskEvent>> byType) {
        if (type.isSealed()) {
            for (Class<?> permitted : type.getPermittedSubclasses()) {
                register(permitted.asSubclass(HelpdeskEvent.class), byType);
            }
            return;
        }
        if (!type.isRecord()) {
            throw new IllegalStateException(type.getName()
                    + " is neither a sealed interface nor a record; the codec finds events only as records of sealed families");
        }
        EventType eventType = type.getAnnotation(EventType.class);
        if (eventType == null) {
            throw new IllegalStateException("event record " + type.getName() + " lacks @EventType");
        }
        String name = eventType.value();
        if (!TYPE_NAME.matcher(name).matches()) {
            throw new IllegalStateException("event type '" + name + "' of " + type.getName()
                    + " does not match helpdesk.<family>.<name>.v<n>");
        }
        Class<? extends HelpdeskEvent> claimed = byType.putIfAbsent(name, type);
        if (claimed != null && claimed != type) {
            throw new IllegalStateException("event type '" + name + "' is claimed by both "
                    + claimed.getName() + " and " + type.getName());
        }
    }

    public String typeOf(HelpdeskEvent event) {
        Objects.requireNonNull(event, "event");
        return typeOf(event.getClass());
    }

    public String typeOf(Class<? extends HelpdeskEvent> type) {
        String name = typesByRecord.get(type);
        if (name == null) {
            throw new IllegalArgumentException(type.getName() + " is not a registered event record");
        }
        return name;
    }

    /** Every type name this codec can read and write, sorted. */
    public Set<String> knownTypes() {
        return recordsByType.keySet();
    }

    /** The JSON of the payload alone; its type and context travel beside it (see {@link CloudEventHeaders}). */
    public byte[] encode(HelpdeskEvent data) {
        String type = typeOf(data);
        try {
            return mapper.writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode " + type + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * @throws UnknownEventTypeException if {@code type} is not registered
     * @throws UnreadableEventException  if the JSON is malformed or violates the record's invariants
     *                                   (e.g. a required field is missing)
     */
    public HelpdeskEvent decode(String type, byte[] json) {
        Class<? extends HelpdeskEvent> record = recordsByType.get(type);
        if (record == null) {
            throw new UnknownEventTypeException(type);
        }
        if (json == null) {
            throw new UnreadableEventException(type + " event has no data");
        }
        HelpdeskEvent event;
        try {
            event = mapper.readValue(json, record);
        } catch (IOException e) {
            throw new UnreadableEventException("cannot read " + type + ": " + e.getMessage(), e);
        }
        if (event == null) {
            throw new UnreadableEventException(type + " event data is JSON null");
        }
        return event;
    }
}
