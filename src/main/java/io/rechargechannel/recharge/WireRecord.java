package io.rechargechannel.recharge;

/**
 * One element of a page. When it cannot be bound (a bad date, a wrong type) {@code value} is null and
 * {@code problem} says why; the raw JSON is kept so the caller can log or park it.
 */
public record WireRecord<T>(T value, String rawJson, String problem) {

    public boolean ok() {
        return problem == null;
    }
}
