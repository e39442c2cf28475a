package io.rechargechannel.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.rechargechannel.orders.OrderChange;
import io.rechargechannel.orders.OrderFeed;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open event streams of this instance, fed by the {@link OrderFeed}: each change goes to every stream; a
 * stream whose client is gone fails its next send (a change or the heartbeat) and is dropped.
 */
@ApplicationScoped
public class LiveOrders implements OrderFeed.Subscriber {

    private record Stream(SseEventSink sink, Sse sse) {
    }

    private final Set<Stream> streams = ConcurrentHashMap.newKeySet();
    private final OrderFeed feed;
    private final ObjectMapper json;

    LiveOrders(OrderFeed feed, ObjectMapper json) {
        this.feed = feed;
        this.json = json;
    }

    @PostConstruct
    void subscribe() {
        feed.subscribe(this);
    }

    @PreDestroy
    void unsubscribe() {
        feed.unsubscribe(this);
        streams.forEach(stream -> stream.sink().close());
    }

    void open(SseEventSink sink, Sse sse) {
        Stream stream = new Stream(sink, sse);
        streams.add(stream);
        // Sent at once, so that the client knows the stream is open (and its reconnection delay).
        send(stream, sse.newEventBuilder().comment("connected").reconnectDelay(2000).build());
    }

    /** How many streams are open on this instance. */
    public int openStreams() {
        return streams.size();
    }

    @Override
    public void changed(List<OrderChange> changes) {
        for (OrderChange change : changes) {
            String data = toJson(change);
            for (Stream stream : streams) {
                send(stream, stream.sse().newEventBuilder().name("order").data(data).build());
            }
        }
    }

    @Override
    public void gap() {
        for (Stream stream : streams) {
            send(stream, stream.sse().newEventBuilder().name("resync").data("{}").build());
        }
    }

    @Scheduled(every = "${orders.live.heartbeat:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeat() {
        for (Stream stream : streams) {
            send(stream, stream.sse().newEventBuilder().comment("heartbeat").build());
        }
    }

    private void send(Stream stream, OutboundSseEvent event) {
        if (stream.sink().isClosed()) {
            streams.remove(stream);
            return;
        }
        stream.sink().send(event).whenComplete((ignored, failure) -> {
            if (failure != null) {
                streams.remove(stream);
                stream.sink().close();
                Log.debugf("Live board: a client is gone (%s); %d streams open", failure.getMessage(), streams.size());
            }
        });
    }

    private String toJson(OrderChange change) {
        try {
            return json.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("order change " + change.id() + " cannot be written as JSON", e);
        }
    }
}
