package io.rechargechannel.audit;

/** What happened to the subject. */
public enum AuditAction {
    CREATED("added"), CHANGED("changed"), REMOVED("removed");

    private final String verb;

    AuditAction(String verb) {
        this.verb = verb;
    }

    public String verb() {
        return verb;
    }
}
