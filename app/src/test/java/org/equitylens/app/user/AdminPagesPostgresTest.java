package org.equitylens.app.user;

import org.equitylens.app.support.OnPostgres;

@OnPostgres
class AdminPagesPostgresTest extends AdminPagesTests {
}
