package io.rechargechannel.channel;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rechargechannel.audit.AuditAction;
import io.rechargechannel.audit.AuditLog;
import io.rechargechannel.audit.AuditSubject;
import io.rechargechannel.audit.Change;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Adding and editing warehouses, each change with its audit entry in the same transaction. */
@ApplicationScoped
public class Warehouses {

    private final AuditLog audit;
    private final Clock clock;

    Warehouses(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    public List<Warehouse> list() {
        return QuarkusTransaction.joiningExisting().call(Warehouse::allByCode);
    }

    public Warehouse get(long id) {
        return QuarkusTransaction.joiningExisting().call(() -> Warehouse.byId(id)
                .orElseThrow(() -> ChannelProblem.notFound("There is no warehouse " + id)));
    }

    public Warehouse add(String code, String name, String address, String countryCode) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Warehouse warehouse = Warehouse.open(code, name, address, countryCode, clock);
            warehouse.flush();
            audit.record(AuditSubject.WAREHOUSE, warehouse.id(), warehouse.name(), AuditAction.CREATED,
                    Change.initial(warehouse.snapshot()));
            return warehouse;
        });
    }

    /** Null fields stay as they are. */
    public Warehouse edit(long id, String name, String address, String countryCode) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Warehouse warehouse = get(id);
            Map<String, String> before = warehouse.snapshot();
            if (warehouse.edit(name, address, countryCode, clock)) {
                audit.record(AuditSubject.WAREHOUSE, warehouse.id(), warehouse.name(), AuditAction.CHANGED,
                        Change.between(before, warehouse.snapshot()));
            }
            return warehouse;
        });
    }
}
