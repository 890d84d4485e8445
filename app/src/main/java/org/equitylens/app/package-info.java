/**
 * The EquityLens web app. Packages are by feature; what a new feature builds on:
 * <ul>
 *   <li><b>Who and where</b>: declare a {@link org.equitylens.app.security.CurrentUser} parameter on a
 *       controller method. Scope every query by its organisation id, call
 *       {@code requireSameOrganisation(owner)} after loading by id (404 for other organisations) and
 *       {@code requireRole(...)} before acting (403). {@code /admin/**} is ADMIN-only already.</li>
 *   <li><b>Audit</b>: {@link org.equitylens.app.audit.AuditService#record(
 *       org.equitylens.app.security.CurrentUser, String, String, Object)} after each change worth
 *       accounting for; ids only, never names, emails or typed text.</li>
 *   <li><b>Demo data</b>: a {@link org.equitylens.app.demo.DemoSeeder} bean with its own order.</li>
 *   <li><b>Pages</b>: templates under {@code templates/<feature>/}; wrap them with
 *       {@code th:replace="~{web/layout :: page('Title', ~{::content})}"} (prefix the title with
 *       "Error: " when the form has errors) and build forms from {@code web/forms} (error summary,
 *       inputs that keep what was typed). A redirect with a flash attribute {@code success} shows a
 *       success banner.</li>
 *   <li><b>Schema</b>: Flyway migrations in {@code db/migration} that run on H2 and PostgreSQL alike;
 *       database-only extras in {@code db/vendor/<database>}.</li>
 *   <li><b>Tests</b>: extend {@code support.AppTest} (shared context, demo seeded) in an abstract
 *       {@code ...Tests} class, with an {@code ...H2Test} subclass and an {@code @OnPostgres}
 *       {@code ...PostgresTest} subclass.</li>
 * </ul>
 */
package org.equitylens.app;
