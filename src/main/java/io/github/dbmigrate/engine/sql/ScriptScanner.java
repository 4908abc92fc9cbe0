package io.github.dbmigrate.engine.sql;

import static io.github.dbmigrate.engine.sql.ScriptCursor.EOF;

import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tokenizer behind {@link StatementSplitter}, for one pass over one script.
 *
 * <p>A small state machine: the main loop sits between tokens; each construct (string, comment,
 * dollar quote, word, ...) is read to its end by its own method, appending to the pending statement
 * as it goes. At the start of each line it first checks for the client directives that only count
 * on a line of their own ({@code GO}, {@code /}, {@code DELIMITER}). Nothing here throws on bad
 * input: an unterminated construct runs to the end of the script and is reported as a problem.
 */
final class ScriptScanner {

  /** Directive lines are recognized only when this short, so a huge line is never copied. */
  private static final int MAX_DIRECTIVE_LINE = 4096;

  /** Longest {@code $tag$} looked for; PostgreSQL identifiers are at most 63 bytes anyway. */
  private static final int MAX_DOLLAR_TAG = 128;

  /** Words longer than this cannot be keywords, so they are not upper-cased. */
  private static final int MAX_KEYWORD_LENGTH = 32;

  private static final String NOT_A_KEYWORD = "#";
  private static final String DEFAULT_DELIMITER = ";";

  private static final Pattern GO_LINE =
      Pattern.compile("[ \\t]*GO(?:[ \\t]+(\\d+))?[ \\t]*(--.*)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern SLASH_LINE = Pattern.compile("[ \\t]*/[ \\t]*");
  private static final Pattern DELIMITER_LINE =
      Pattern.compile("[ \\t]*DELIMITER(?:[ \\t]+(\\S+).*|[ \\t]*)", Pattern.CASE_INSENSITIVE);

  private final SplitRules rules;
  private final ScriptCursor in;
  private final Consumer<SqlStatement> sink;
  private final Consumer<String> problems;
  private final PendingStatement statement = new PendingStatement();
  private final StatementShape shape;
  private final StringBuilder word = new StringBuilder();

  /** The current statement delimiter; null when only {@code GO} lines end statements. */
  private String delimiter;

  /** The line where the open MySQL executable comment started; 0 when none is open. */
  private int executableCommentLine;

  /** Whether a backslash escapes in {@code '...'} strings now; a PostgreSQL script may switch it. */
  private boolean backslashInStrings;

  ScriptScanner(
      SplitRules rules, Reader script, Consumer<SqlStatement> sink, Consumer<String> problems) {
    this.rules = rules;
    this.in = new ScriptCursor(script);
    this.sink = sink;
    this.problems = problems;
    this.shape = new StatementShape(rules);
    this.delimiter = rules.semicolonDelimiter() ? DEFAULT_DELIMITER : null;
    this.backslashInStrings = rules.backslashEscapes();
  }

  /** Reads the whole script, handing each statement to the sink as soon as it is complete. */
  void run() throws IOException {
    while (true) {
      if (in.atLineStart() && readLineDirective()) {
        continue;
      }
      int c = in.peek();
      if (c == EOF) {
        break;
      }
      readToken(c);
    }
    finish();
  }

  // ---------------------------------------------------------------- dispatch

  private void readToken(int c) throws IOException {
    if (shape.isVerbatim()) {
      takeContent();
    } else if (atDelimiter()) {
      readDelimiter();
    } else if (Character.isWhitespace(c)) {
      takeTrivia();
    } else if (isWordStart(c)) {
      readWord();
    } else if (c == '\'') {
      readQuoted('\'', backslashInStrings, "string");
    } else if (c == '"') {
      if (rules.doubleQuotedStrings()) {
        readQuoted('"', rules.backslashEscapes(), "string");
      } else {
        readQuoted('"', false, "quoted identifier");
      }
    } else if (c == '`' && rules.backtickIdentifiers()) {
      readQuoted('`', false, "backtick identifier");
    } else if (c == '[' && rules.bracketIdentifiers()) {
      readQuoted(']', false, "[bracketed] identifier");
    } else if (startsLineComment(c)) {
      readLineComment();
    } else if (c == '/' && in.peek(1) == '*') {
      readSlashStar();
    } else if (c == '*' && in.peek(1) == '/' && executableCommentLine > 0) {
      closeExecutableComment();
    } else if (c == '$' && readDollarQuote()) {
      // the whole $tag$ ... $tag$ has been read
    } else {
      shape.onPunctuation((char) takeContent());
    }
  }

  // ---------------------------------------------------------------- line directives

  /** Handles a {@code GO}, {@code /} or {@code DELIMITER} line; false if this line is none. */
  private boolean readLineDirective() throws IOException {
    int first = firstCharOfLine();
    if (rules.goBatches() && (first == 'G' || first == 'g')) {
      return readGoLine();
    }
    if (rules.slashTerminatedPlsql() && first == '/') {
      return readSlashLine();
    }
    if (rules.delimiterCommand() && (first == 'D' || first == 'd') && statement.isEmpty()) {
      return readDelimiterLine();
    }
    return false;
  }

  private int firstCharOfLine() throws IOException {
    int i = 0;
    int c;
    while ((c = in.peek(i)) == ' ' || c == '\t') {
      if (++i >= MAX_DIRECTIVE_LINE) {
        return EOF;
      }
    }
    return c;
  }

  /** sqlcmd's batch separator: {@code GO [count] [-- comment]} alone on its line. */
  private boolean readGoLine() throws IOException {
    String text = in.peekLine(MAX_DIRECTIVE_LINE);
    Matcher go = GO_LINE.matcher(text);
    if (!go.matches()) {
      return false;
    }
    boolean cutShort = text.length() >= MAX_DIRECTIVE_LINE;
    if (cutShort && go.group(2) == null) {
      return false; // what follows the visible part is unknown unless it is a comment
    }
    int line = in.line();
    in.skipLine();
    emit(null, goCount(go.group(1), line));
    return true;
  }

  private int goCount(String digits, int line) {
    if (digits == null) {
      return 1;
    }
    String significant = digits.replaceFirst("^0+(?=.)", "");
    long count = significant.length() > 10 ? Long.MAX_VALUE : Long.parseLong(significant);
    if (count < 1 || count > Integer.MAX_VALUE) {
      problem("GO " + digits + " on line " + line + " is not a valid count; the batch runs once");
      return 1;
    }
    return (int) count;
  }

  /** SQL*Plus's "run the buffer": ends a PL/SQL unit or a plain statement, else is ignored. */
  private boolean readSlashLine() throws IOException {
    String text = in.peekLine(MAX_DIRECTIVE_LINE);
    if (text.length() >= MAX_DIRECTIVE_LINE || !SLASH_LINE.matcher(text).matches()) {
      return false;
    }
    in.skipLine();
    emit(null, 1);
    return true;
  }

  /** The mysql client's {@code DELIMITER xx}, recognized only between statements as there. */
  private boolean readDelimiterLine() throws IOException {
    String text = in.peekLine(MAX_DIRECTIVE_LINE);
    Matcher command = DELIMITER_LINE.matcher(text);
    if (text.length() >= MAX_DIRECTIVE_LINE || !command.matches()) {
      return false;
    }
    int line = in.line();
    in.skipLine();
    if (command.group(1) == null) {
      problem("DELIMITER without a delimiter on line " + line);
    } else {
      delimiter = command.group(1);
    }
    return true;
  }

  // ---------------------------------------------------------------- statement ends

  private boolean atDelimiter() throws IOException {
    return delimiter != null && in.startsWith(delimiter);
  }

  private void readDelimiter() throws IOException {
    boolean isText =
        executableCommentLine > 0 || DEFAULT_DELIMITER.equals(delimiter) && shape.semicolonIsText();
    if (isText) {
      for (int i = 0; i < delimiter.length(); i++) {
        shape.onPunctuation((char) takeContent());
      }
      return;
    }
    for (int i = 0; i < delimiter.length(); i++) {
      in.read();
    }
    emit(shape.isCopyFromStdin() ? readCopyData() : null, 1);
  }

  /** Hands the pending statement to the sink {@code times} times (for {@code GO n}), if any. */
  private void emit(String copyData, int times) {
    SqlStatement complete =
        statement.isEmpty() ? null : new SqlStatement(statement.sql(), statement.line(), copyData);
    // Cleared before the sink runs, so a huge statement's buffer can be collected meanwhile.
    statement.clear();
    shape.reset();
    if (complete != null && rules.followsStandardConformingStrings()) {
      StandardConformingStrings.after(complete, !rules.backslashEscapes())
          .ifPresent(standard -> backslashInStrings = !standard);
    }
    for (int i = 0; complete != null && i < times; i++) {
      sink.accept(complete);
    }
  }

  private void finish() {
    int line = statement.line();
    if (executableCommentLine > 0) {
      problem("unterminated /*! executable comment starting at line " + executableCommentLine);
    }
    if (shape.openBlockLine() > 0) {
      problem("unterminated BEGIN ... END block starting at line " + shape.openBlockLine());
    }
    if (shape.semicolonHiddenByParentheses()) {
      problem(
          "unclosed parenthesis in the statement starting at line "
              + line
              + " turns the ; after it into text");
    }
    String copyData = null;
    if (shape.isCopyFromStdin()) {
      problem("COPY ... FROM STDIN starting at line " + line + " has no ; and no data");
      copyData = "";
    }
    emit(copyData, 1);
  }

  // ---------------------------------------------------------------- COPY data

  /** PostgreSQL COPY data: the lines after the COPY statement up to a {@code \.} line. */
  private String readCopyData() throws IOException {
    int copyLine = in.line();
    String rest = in.peekLine(MAX_DIRECTIVE_LINE).strip();
    if (rest.isEmpty() || rest.startsWith("--")) {
      in.skipLine();
    } else {
      problem("text after COPY ... FROM STDIN; on line " + copyLine + " is read as COPY data");
    }
    StringBuilder data = new StringBuilder();
    int dataLine = in.line();
    while (true) {
      if (in.peek() == EOF) {
        problem("unterminated COPY data starting at line " + dataLine + " (no \\. line)");
        break;
      }
      if (atEndOfCopyData()) {
        in.skipLine();
        break;
      }
      int c;
      do {
        c = in.read();
        if (c != EOF) {
          data.append((char) c);
        }
      } while (c != EOF && !in.atLineStart());
    }
    return data.toString();
  }

  private boolean atEndOfCopyData() throws IOException {
    if (in.peek(0) != '\\' || in.peek(1) != '.') {
      return false;
    }
    int i = 2;
    while (i < MAX_DIRECTIVE_LINE && (in.peek(i) == ' ' || in.peek(i) == '\t')) {
      i++;
    }
    return ScriptCursor.isLineEnd(in.peek(i));
  }

  // ---------------------------------------------------------------- words

  private static boolean isWordStart(int c) {
    return c != EOF && (Character.isLetterOrDigit(c) || c == '_');
  }

  /** Identifiers may contain {@code $} after their first character in most dialects. */
  private static boolean isWordPart(int c) {
    return isWordStart(c) || c == '$';
  }

  /** A keyword, identifier or number; may turn out to prefix a string ({@code E'}, {@code q'}). */
  private void readWord() throws IOException {
    int line = in.line();
    word.setLength(0);
    do {
      word.append((char) in.read());
    } while (isWordPart(in.peek()) && !atDelimiter());
    statement.appendContent(word, line);
    if (in.peek() == '\'') {
      if (rules.escapeStringPrefix() && isWord("E")) {
        readQuoted('\'', true, "string");
        return;
      }
      if (rules.qQuotes() && (isWord("Q") || isWord("NQ")) && isQQuoteDelimiter(in.peek(1))) {
        readQQuote();
        return;
      }
    }
    shape.onWord(
        word.length() > MAX_KEYWORD_LENGTH
            ? NOT_A_KEYWORD
            : word.toString().toUpperCase(Locale.ROOT),
        line);
  }

  private boolean isWord(String upperCase) {
    return word.length() == upperCase.length() && word.toString().equalsIgnoreCase(upperCase);
  }

  // ---------------------------------------------------------------- quotes

  /**
   * A string or quoted identifier from the opening character to {@code close}; a doubled {@code
   * close} is an escaped one, and so is a backslash-escaped character when {@code backslash}.
   */
  private void readQuoted(char close, boolean backslash, String what) throws IOException {
    int startLine = in.line();
    takeContent();
    while (true) {
      int c = in.peek();
      if (c == EOF) {
        problem("unterminated " + what + " starting at line " + startLine);
        break;
      }
      takeContent();
      if (backslash && c == '\\') {
        if (in.peek() != EOF) {
          takeContent();
        }
      } else if (c == close) {
        if (in.peek() != close) {
          break;
        }
        takeContent();
      }
    }
    shape.onLiteral();
  }

  private static boolean isQQuoteDelimiter(int c) {
    return c != EOF && !Character.isWhitespace(c);
  }

  /** Oracle's {@code q'[...]'}: the prefix word has been read; the quote is next. */
  private void readQQuote() throws IOException {
    int startLine = in.line();
    takeContent(); // '
    int close = closingBracket(takeContent());
    while (true) {
      int c = in.peek();
      if (c == EOF) {
        problem("unterminated q-quoted string starting at line " + startLine);
        break;
      }
      takeContent();
      if (c == close && in.peek() == '\'') {
        takeContent();
        break;
      }
    }
    shape.onLiteral();
  }

  private static int closingBracket(int open) {
    return switch (open) {
      case '[' -> ']';
      case '{' -> '}';
      case '(' -> ')';
      case '<' -> '>';
      default -> open;
    };
  }

  /** A {@code $tag$ ... $tag$} body if the {@code $} starts one; false (nothing read) if not. */
  private boolean readDollarQuote() throws IOException {
    String tag = dollarTag();
    if (tag == null) {
      return false;
    }
    String fence = "$" + tag + "$";
    int startLine = in.line();
    takeContent(fence.length());
    while (true) {
      int c = in.peek();
      if (c == EOF) {
        problem("unterminated " + fence + " quote starting at line " + startLine);
        break;
      }
      if (c == '$' && in.startsWith(fence)) {
        takeContent(fence.length());
        break;
      }
      takeContent();
    }
    shape.onLiteral();
    return true;
  }

  /** The tag of a dollar quote starting here ({@code ""} for {@code $$}), or null. */
  private String dollarTag() throws IOException {
    if (rules.dollarQuotes() == SplitRules.DollarQuotes.NONE) {
      return null;
    }
    if (in.peek(1) == '$') {
      return "";
    }
    // A tag is an identifier without $; "$1" is a parameter, not a quote.
    if (rules.dollarQuotes() != SplitRules.DollarQuotes.TAGGED || !isTagStart(in.peek(1))) {
      return null;
    }
    int end = 2;
    while (end <= MAX_DOLLAR_TAG && isTagPart(in.peek(end))) {
      end++;
    }
    if (in.peek(end) != '$') {
      return null;
    }
    StringBuilder tag = new StringBuilder(end - 1);
    for (int i = 1; i < end; i++) {
      tag.append((char) in.peek(i));
    }
    return tag.toString();
  }

  private static boolean isTagStart(int c) {
    return c != EOF && (Character.isLetter(c) || c == '_');
  }

  private static boolean isTagPart(int c) {
    return isTagStart(c) || c != EOF && Character.isDigit(c);
  }

  // ---------------------------------------------------------------- comments

  private boolean startsLineComment(int c) throws IOException {
    if (c == '#') {
      return rules.hashComments();
    }
    if (c != '-' || in.peek(1) != '-') {
      return false;
    }
    if (!rules.dashCommentNeedsSpace()) {
      return true;
    }
    int after = in.peek(2);
    return after == EOF || Character.isWhitespace(after) || Character.isISOControl(after);
  }

  /** Up to, not including, the line break, so that the next line is still seen as a line start. */
  private void readLineComment() throws IOException {
    while (!ScriptCursor.isLineEnd(in.peek())) {
      takeTrivia();
    }
  }

  private void readSlashStar() throws IOException {
    boolean executable =
        rules.executableComments()
            && executableCommentLine == 0
            && (in.peek(2) == '!' || in.peek(2) == 'M' && in.peek(3) == '!');
    if (executable) {
      openExecutableComment();
    } else {
      readBlockComment();
    }
  }

  private void readBlockComment() throws IOException {
    int startLine = in.line();
    takeTrivia();
    takeTrivia();
    int depth = 1;
    while (depth > 0) {
      int c = in.peek();
      if (c == EOF) {
        problem("unterminated block comment starting at line " + startLine);
        return;
      }
      if (c == '*' && in.peek(1) == '/') {
        takeTrivia();
        takeTrivia();
        depth--;
      } else if (c == '/' && in.peek(1) == '*' && rules.nestedBlockComments()) {
        takeTrivia();
        takeTrivia();
        depth++;
      } else {
        takeTrivia();
      }
    }
  }

  /**
   * MySQL's {@code /*!50003 ...}: the text inside is SQL, read token by token, so the opener and
   * its version number are kept as statement content and the closer is matched later.
   */
  private void openExecutableComment() throws IOException {
    int line = in.line();
    takeContent(in.peek(2) == '!' ? 3 : 4);
    while (in.peek() >= '0' && in.peek() <= '9') {
      takeContent();
    }
    executableCommentLine = line;
  }

  private void closeExecutableComment() throws IOException {
    takeContent(2);
    executableCommentLine = 0;
  }

  // ---------------------------------------------------------------- plumbing

  /** Moves the next character into the statement as SQL; returns it. Never called at EOF. */
  private int takeContent() throws IOException {
    int line = in.line();
    int c = in.read();
    statement.appendContent((char) c, line);
    return c;
  }

  private void takeContent(int count) throws IOException {
    for (int i = 0; i < count; i++) {
      takeContent();
    }
  }

  /** Moves the next character (whitespace or comment) into the statement if it has begun. */
  private void takeTrivia() throws IOException {
    statement.appendTrivia((char) in.read());
  }

  private void problem(String message) {
    problems.accept(message);
  }
}
