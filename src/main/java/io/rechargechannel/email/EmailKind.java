package io.rechargechannel.email;

/** The two emails a despatch may lead to. */
public enum EmailKind {
    DESPATCH("Despatch email"), FEEDBACK("Feedback email");

    private final String label;

    EmailKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
