package org.equitylens.app.project;

class ProjectPagesH2Test extends ProjectPagesTests {
}
