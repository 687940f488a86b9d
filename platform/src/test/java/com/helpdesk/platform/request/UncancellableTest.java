package com.helpdesk.platform.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;

class UncancellableTest {

    @Test
    void cancellingTheCallerLeavesTheWorkRunningToItsEnd() {
        CompletableFuture<String> database = new CompletableFuture<>();
        AtomicBoolean workCancelled = new AtomicBoolean();
        AtomicBoolean workFinished = new AtomicBoolean();
        Uni<String> work = Uni.createFrom().completionStage(database)
                .onCancellation().invoke(() -> workCancelled.set(true))
                .invoke(() -> workFinished.set(true));

        Cancellable request = UncancellableInterceptor.shield(work).subscribe().with(answer -> { });
        request.cancel();
        database.complete("committed");

        assertThat(workCancelled).isFalse();
        assertThat(workFinished).isTrue();
    }

    @Test
    void withoutTheShieldTheWorkIsCancelled() {
        CompletableFuture<String> database = new CompletableFuture<>();
        AtomicBoolean workCancelled = new AtomicBoolean();
        Uni<String> work = Uni.createFrom().completionStage(database).onCancellation().invoke(() -> workCancelled.set(true));

        work.subscribe().with(answer -> { }).cancel();

        assertThat(workCancelled).isTrue();
    }

    @Test
    void answersAndFailuresStillReachTheCaller() {
        assertThat(UncancellableInterceptor.shield(Uni.createFrom().item("ok")).await().indefinitely()).isEqualTo("ok");
        assertThat(UncancellableInterceptor.shield(Uni.createFrom().failure(new IllegalStateException("no")))
                .onFailure().recoverWithItem(failure -> failure.getMessage()).await().indefinitely()).isEqualTo("no");
    }
}
