-- The W3C trace context of the transaction that wrote an event. The relay publishes later, on its own
-- thread, after the request's span has ended; with these it continues that trace, so a consumer's span
-- joins the request that caused the event. Null when tracing is off.
alter table platform_outbox add column traceparent text;
alter table platform_outbox add column tracestate text;
