package org.equitylens.app.security;

import org.equitylens.app.support.OnPostgres;

@OnPostgres
class SecurityRulesPostgresTest extends SecurityRulesTests {
}
