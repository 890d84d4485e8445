package org.equitylens.app.web;

class FullHttpH2Test extends FullHttpTests {
}
