package io.github.dbmigrate.engine.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AllowCommentsTest {

  private static final String SCRIPT = String.join("\n",
      "-- dbmigrate:allow drop-table: the audit log moved to the warehouse",
      "-- a second comment line between",
      "DROP TABLE audit;",
      "",
      "DROP TABLE legacy; -- dbmigrate:allow drop-table: empty since 2023",
      "/* dbmigrate:allow truncate-table: a seed table */ TRUNCATE seeds;",
      "-- dbmigrate:allow drop-column",
      "ALTER TABLE users DROP COLUMN name;",
      "ALTER TABLE users RENAME COLUMN a TO b; -- dbmigrate:allow rename-colum: typo",
      "-- dbmigrate:allow drop-table: not next to the statement below",
      "",
      "DROP TABLE other;");

  private final AllowComments comments = new AllowComments(SCRIPT);

  @Test
  void aCommentAboveTheStatementAllowsItWithItsReason() {
    assertThat(comments.about("drop-table", 3, 3).reason()).isEqualTo("the audit log moved to the warehouse");
    assertThat(comments.about("drop-column", 3, 3).allows()).isFalse();
  }

  @Test
  void aCommentAtTheEndOfTheStatementOrABlockCommentBeforeItOnTheLineAllowsIt() {
    assertThat(comments.about("drop-table", 5, 5).reason()).isEqualTo("empty since 2023");
    assertThat(comments.about("truncate-table", 6, 6).reason()).isEqualTo("a seed table");
  }

  @Test
  void withoutAReasonNothingIsAllowedAndTheFindingCanSaySo() {
    AllowComments.Verdict verdict = comments.about("drop-column", 8, 8);
    assertThat(verdict.allows()).isFalse();
    assertThat(verdict.missingReason()).isTrue();
  }

  @Test
  void aMistypedIdAllowsNothingAndIsNamedForTheFinding() {
    assertThat(comments.about("rename-column", 9, 9).allows()).isFalse();
    assertThat(comments.idsNamed(9, 9)).containsExactly("rename-colum");
  }

  @Test
  void aCommentSeparatedByABlankLineDoesNotReachTheStatement() {
    assertThat(comments.about("drop-table", 12, 12).allows()).isFalse();
  }

  @Test
  void aBlockCommentOverSeveralLinesAboveTheStatementAllowsIt() {
    AllowComments block = new AllowComments(String.join("\n",
        "/* dbmigrate:allow drop-column: nothing reads users.email",
        "   since release 2.3 */",
        "ALTER TABLE users DROP COLUMN email;"));

    assertThat(block.about("drop-column", 3, 3).reason()).isEqualTo("nothing reads users.email");
  }

  @Test
  void aLineOfCodeAfterABlockCommentEndsTheCommentLinesAboveAStatement() {
    AllowComments script = new AllowComments(String.join("\n",
        "-- dbmigrate:allow drop-table: audit moved to the warehouse",
        "/* the audit log */ DROP TABLE audit;",
        "DROP TABLE orders;"));

    assertThat(script.about("drop-table", 2, 2).allows()).isTrue();
    assertThat(script.about("drop-table", 3, 3).allows()).as("the allow is for audit, not orders").isFalse();
  }
}
