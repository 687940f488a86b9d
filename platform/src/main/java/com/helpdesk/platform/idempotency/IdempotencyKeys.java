package com.helpdesk.platform.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.helpdesk.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Honours the {@code Idempotency-Key} header of creating requests: the same key with the same body
 * answers the first response again; the same key with another body is a client error (422).
 *
 * <p>The key is claimed with an insert in the creating transaction. A concurrent request with the same
 * key blocks on that row until the first commits, then sees the stored response, so even racing retries
 * never create twice.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_KEY_LENGTH = 200;

    private static final String CLAIM = """
            insert into platform_idempotency_key
                (scope, idempotency_key, request_hash, response_status, response_location, response_body)
            values (:scope, :key, :hash, 0, null, '') on conflict do nothing""";
    private static final String STORE = """
            update platform_idempotency_key set response_status = :status, response_location = :location,
                   response_body = :body where scope = :scope and idempotency_key = :key""";
    private static final String FIND = """
            select request_hash, response_status, response_location, response_body
            from platform_idempotency_key where scope = :scope and idempotency_key = :key""";

    private final ObjectMapper canonicalJson;

    IdempotencyKeys(ObjectMapper json) {
        this.canonicalJson = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    /**
     * Runs {@code create} once for {@code (scope, key)} and returns its response, or the stored one.
     * Without a key it just runs {@code create}. {@code scope} separates callers (e.g. the caller's id),
     * so one client's key never collides with another's.
     */
    public Uni<StoredResponse> once(String scope, String key, Object request, Supplier<Uni<StoredResponse>> create) {
        if (key == null) {
            return Panache.withTransaction(create);
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            return Uni.createFrom().failure(new ProblemException(jakarta.ws.rs.core.Response.Status.BAD_REQUEST,
                    "invalid-idempotency-key", HEADER + " must be 1 to " + MAX_KEY_LENGTH + " characters"));
        }
        String hash = hash(request);
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> claim(session, scope, key, hash)
                .chain(claimed -> claimed
                        ? create.get().call(response -> store(session, scope, key, response))
                        : stored(session, scope, key, hash))));
    }

    private Uni<Boolean> claim(Mutiny.Session session, String scope, String key, String hash) {
        return session.createNativeQuery(CLAIM)
                .setParameter("scope", scope).setParameter("key", key).setParameter("hash", hash)
                .executeUpdate().map(inserted -> inserted == 1);
    }

    private Uni<Integer> store(Mutiny.Session session, String scope, String key, StoredResponse response) {
        return session.createNativeQuery(STORE)
                .setParameter("status", response.status())
                .setParameter("location", response.location() == null ? null : response.location().toString())
                .setParameter("body", response.body())
                .setParameter("scope", scope).setParameter("key", key)
                .executeUpdate();
    }

    private Uni<StoredResponse> stored(Mutiny.Session session, String scope, String key, String hash) {
        return session.createNativeQuery(FIND, Object[].class)
                .setParameter("scope", scope).setParameter("key", key)
                .getSingleResult()
                .map(row -> {
                    if (!hash.equals(row[0])) {
                        throw ProblemException.unprocessable("idempotency-key-reused",
                                "This " + HEADER + " was already used for a different request");
                    }
                    String location = (String) row[2];
                    return new StoredResponse((Integer) row[1], location == null ? null : URI.create(location), (String) row[3]);
                });
    }

    private String hash(Object request) {
        try {
            byte[] canonical = canonicalJson.writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint the request", e);
        }
    }
}
