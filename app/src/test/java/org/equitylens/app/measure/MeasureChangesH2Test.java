package org.equitylens.app.measure;

class MeasureChangesH2Test extends MeasureChangesTests {
}
