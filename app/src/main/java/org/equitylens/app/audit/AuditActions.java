package org.equitylens.app.audit;

/** Action names written by the app shell. Later features add their own (e.g. DATASET_IMPORTED). */
public final class AuditActions {
    public static final String SIGN_IN = "SIGN_IN";
    public static final String LOCKED_OUT = "LOCKED_OUT";
    public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";
    public static final String PASSWORD_RESET = "PASSWORD_RESET";
    public static final String USER_CREATED = "USER_CREATED";
    public static final String MEMBERSHIP_ADDED = "MEMBERSHIP_ADDED";
    public static final String MEMBERSHIP_REMOVED = "MEMBERSHIP_REMOVED";
    public static final String ROLE_CHANGED = "ROLE_CHANGED";
    public static final String USER_DEACTIVATED = "USER_DEACTIVATED";
    public static final String USER_REACTIVATED = "USER_REACTIVATED";
    public static final String USER_UNLOCKED = "USER_UNLOCKED";
    public static final String ORGANISATION_CREATED = "ORGANISATION_CREATED";
    public static final String ORGANISATION_UPDATED = "ORGANISATION_UPDATED";
    public static final String AUDIT_EXPORTED = "AUDIT_EXPORTED";

    private AuditActions() {
    }
}
