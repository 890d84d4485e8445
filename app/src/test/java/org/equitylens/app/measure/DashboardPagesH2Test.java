package org.equitylens.app.measure;

class DashboardPagesH2Test extends DashboardPagesTests {
}
