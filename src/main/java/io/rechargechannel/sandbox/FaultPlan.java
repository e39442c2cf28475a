package io.rechargechannel.sandbox;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/** The faults a store currently injects; each answer asks it once whether to misbehave, and how. */
final class FaultPlan {

    private static final class Active {
        final FaultSpec spec;
        int remaining;

        Active(FaultSpec spec) {
            this.spec = spec;
            this.remaining = spec.count() == null ? -1 : spec.count();
        }
    }

    private final List<Active> active = new ArrayList<>();
    private final SplittableRandom random;

    FaultPlan(long seed) {
        this.random = new SplittableRandom(seed);
    }

    synchronized void add(FaultSpec spec) {
        active.add(new Active(spec));
    }

    synchronized void clear() {
        active.clear();
    }

    synchronized List<FaultSpec> active() {
        return active.stream().map(a -> a.spec).toList();
    }

    /** The fault for this answer, if any; counted faults are used up in the order they were added. */
    synchronized Optional<FaultSpec> next() {
        for (Iterator<Active> it = active.iterator(); it.hasNext(); ) {
            Active fault = it.next();
            if (fault.remaining > 0) {
                if (--fault.remaining == 0) {
                    it.remove();
                }
                return Optional.of(fault.spec);
            }
            if (fault.remaining < 0 && random.nextDouble() < fault.spec.share()) {
                return Optional.of(fault.spec);
            }
        }
        return Optional.empty();
    }
}
