package org.equitylens.app.user;

class AdminPagesH2Test extends AdminPagesTests {
}
