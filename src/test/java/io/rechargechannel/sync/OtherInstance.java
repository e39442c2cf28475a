package io.rechargechannel.sync;

import io.quarkus.arc.Arc;
import jakarta.inject.Inject;

import java.lang.reflect.Field;
import java.time.Clock;
import java.util.Map;

/**
 * A second instance of the sync in this JVM, for tests of several instances on one database: its own
 * {@link ChannelSync} and {@link SyncLeases} with a {@link Clock} of its own (a skewed one), everything else the
 * application's beans. Built by hand, field by field, as CDI would.
 */
final class OtherInstance {

    private OtherInstance() {
    }

    static ChannelSync withClock(Clock clock) {
        SyncLeases leases = build(SyncLeases.class, Map.of(Clock.class, clock));
        return build(ChannelSync.class, Map.of(Clock.class, clock, SyncLeases.class, leases));
    }

    private static <T> T build(Class<T> type, Map<Class<?>, Object> own) {
        try {
            T instance = type.getDeclaredConstructor().newInstance();
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(Inject.class)) {
                    field.setAccessible(true);
                    field.set(instance, own.containsKey(field.getType()) ? own.get(field.getType())
                            : Arc.container().instance(field.getType()).get());
                }
            }
            return instance;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build another " + type.getSimpleName(), e);
        }
    }
}
