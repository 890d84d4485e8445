package org.equitylens.app.audit;

public enum AuditOutcome {
    SUCCESS, FAILURE, DENIED
}
