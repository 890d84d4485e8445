package org.equitylens.app.project;

import org.equitylens.app.support.OnPostgres;

@OnPostgres
class ProjectPagesPostgresTest extends ProjectPagesTests {
}
