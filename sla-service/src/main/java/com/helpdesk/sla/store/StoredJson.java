package com.helpdesk.sla.store;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Domain records as the JSON kept in {@code jsonb} columns. The domain is written for this: its records hold
 * only data components, and derived values are methods without a getter's name.
 */
@ApplicationScoped
public class StoredJson {

    private final ObjectMapper json;

    StoredJson(ObjectMapper json) {
        this.json = json;
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Domain records always serialise", e);
        }
    }

    public <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable stored " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }
}
