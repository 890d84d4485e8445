package org.equitylens.app.audit;

class AuditRepositoryH2Test extends AuditRepositoryTests {
}
