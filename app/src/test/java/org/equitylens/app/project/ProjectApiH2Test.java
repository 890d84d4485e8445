package org.equitylens.app.project;

class ProjectApiH2Test extends ProjectApiTests {
}
