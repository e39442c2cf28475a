package io.rechargechannel.recharge;

import java.util.Optional;

/** ReCharge's view of the token's bucket from {@code X-Recharge-Limit: used/size}, e.g. {@code 39/40}. */
record BucketReading(int used, int size) {

    static Optional<BucketReading> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String[] parts = header.strip().split("/");
        try {
            return parts.length == 2
                    ? Optional.of(new BucketReading(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())))
                    : Optional.empty();
        } catch (NumberFormatException unreadable) {
            return Optional.empty();
        }
    }
}
