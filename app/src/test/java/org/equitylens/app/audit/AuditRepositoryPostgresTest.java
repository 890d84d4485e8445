package org.equitylens.app.audit;

import org.equitylens.app.support.OnPostgres;

@OnPostgres
class AuditRepositoryPostgresTest extends AuditRepositoryTests {
}
