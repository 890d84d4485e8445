package org.equitylens.app.dataset;

import org.equitylens.app.support.OnPostgres;

@OnPostgres
class ImportProgressPagePostgresTest extends ImportProgressPageTests {
}
