package org.equitylens.app.audit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.equitylens.app.support.AppTest;
import org.equitylens.app.support.OnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

/** On PostgreSQL a trigger makes the audit log append-only even for someone with SQL access. */
@OnPostgres
class AuditAppendOnlyPostgresTest extends AppTest {

    @Test
    void updatesAndDeletesAreRefused() {
        assertThatThrownBy(() -> jdbc.sql("update audit_event set outcome = 'SUCCESS'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }
}
