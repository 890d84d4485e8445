package org.equitylens.app.security;

class SecurityRulesH2Test extends SecurityRulesTests {
}
