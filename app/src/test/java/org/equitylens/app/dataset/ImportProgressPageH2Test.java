package org.equitylens.app.dataset;

class ImportProgressPageH2Test extends ImportProgressPageTests {
}
