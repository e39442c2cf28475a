package io.rechargechannel.audit;

/** What an audit entry is about. */
public enum AuditSubject {
    CHANNEL("Sales channel"), USER("User"), WAREHOUSE("Warehouse"), GENERAL_SETTINGS("General settings");

    private final String label;

    AuditSubject(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
