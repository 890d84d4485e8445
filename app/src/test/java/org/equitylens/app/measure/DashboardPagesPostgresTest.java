package org.equitylens.app.measure;

import org.equitylens.app.support.OnPostgres;

@OnPostgres
class DashboardPagesPostgresTest extends DashboardPagesTests {
}
