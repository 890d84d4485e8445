package org.equitylens.app.measure;

import org.equitylens.app.support.OnPostgres;

@OnPostgres
class MeasureChangesPostgresTest extends MeasureChangesTests {
}
