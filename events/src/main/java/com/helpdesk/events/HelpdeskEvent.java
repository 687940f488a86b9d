package com.helpdesk.events;

/**
 * Marker of every event payload. Each {@link Topic} carries one sealed family of records extending this
 * interface; the codec discovers the registry by walking those families.
 *
 * <p>Not sealed itself: in the unnamed module a sealed type's permitted subtypes must share its package,
 * and each family lives in its own sub-package.
 */
public interface HelpdeskEvent {
}
