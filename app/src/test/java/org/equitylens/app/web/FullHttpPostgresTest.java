package org.equitylens.app.web;

import org.equitylens.app.support.OnPostgres;

@OnPostgres
class FullHttpPostgresTest extends FullHttpTests {
}
