package io.github.dbmigrate.engine.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dbmigrate.engine.dialect.Dialect;
import io.github.dbmigrate.engine.dialect.Dialects;
import org.junit.jupiter.api.Test;

class DoctorSqlTest {

  /** A database added to the registry without its doctor class would have every privilege "cannot tell". */
  @Test
  void everyDatabaseHasItsOwnDoctorQuestions() {
    for (Dialect dialect : Dialects.all()) {
      assertThat(DoctorSql.forDialect(dialect).getClass().getSimpleName()).as(dialect.id()).endsWith("Doctor");
    }
  }

  @Test
  void theLockTableHoldsLocksPerTransactionForEveryConnectionAndPreparedTransaction() {
    DoctorSql.LockTableSize size = new DoctorSql.LockTableSize(64, 100, 0);
    assertThat(size.capacity()).isEqualTo(6400);
    assertThat(size.formula()).isEqualTo("max_locks_per_transaction 64 x (max_connections 100 + max_prepared_transactions 0)");
  }
}
