package io.github.dbmigrate.maven;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;

/**
 * A {@code -Ddbmigrate.x} on the command line wins over the POM's {@code <x>}, for every parameter of
 * every goal, as {@code -Dflyway.url} does. Maven alone fills a parameter from its property only when
 * the POM leaves it unset, so {@code -Ddbmigrate.url=<staging>} would silently run on the POM's
 * database. The effective value is the command line's, else the POM's, else the default; Maven has
 * set the last two before the goal runs, so this class only lays the command line over them.
 * Booleans, numbers, files (against the base directory, as Maven aligns them) and comma-separated
 * lists are converted here; a parameter of another type (a map) is left to the goal, which reads its
 * property itself.
 */
final class CommandLineProperties {

  private CommandLineProperties() {}

  /** A parameter the user can set: its field, and the property that sets it from the command line. */
  record Declared(String field, String property) {

    /** Every parameter of {@code goal} a user can set; read-only ones ({@code ${settings}}) are not. */
    static List<Declared> of(MojoDescriptor goal) {
      List<Declared> result = new ArrayList<>();
      if (goal.getParameters() != null) {
        for (Parameter parameter : goal.getParameters()) {
          if (parameter.isEditable()) {
            result.add(new Declared(parameter.getName(), property(parameter)));
          }
        }
      }
      return result;
    }

    /**
     * The parameter's own {@code ${property}}; {@code dbmigrate.<name>} for those that declare none
     * (the URL and credentials, read quietly; lists and maps).
     */
    static String property(Parameter parameter) {
      String expression = parameter.getExpression();
      if (expression != null && expression.startsWith("${") && expression.endsWith("}")) {
        return expression.substring(2, expression.length() - 1);
      }
      return "dbmigrate." + parameter.getName();
    }
  }

  /**
   * Sets each of {@code goal}'s parameters whose property the command line gives to that value.
   *
   * @param commandLine the {@code -D} properties of the command line only (Maven's user properties)
   * @param aligned a relative file made absolute as Maven does for a parameter of type {@code File}
   */
  static void apply(Object goal, List<Declared> parameters, Properties commandLine, UnaryOperator<File> aligned)
      throws MojoFailureException {
    for (Declared parameter : parameters) {
      String value = commandLine.getProperty(parameter.property());
      if (value == null && OUTRANKED_BY.entrySet().stream().anyMatch(outranked -> outranked.getValue()
          .equals(parameter.property()) && commandLine.getProperty(outranked.getKey()) != null)) {
        Field list = field(goal.getClass(), parameter.field());
        if (list != null) {
          set(goal, list, null, parameter);
        }
        continue;
      }
      Field field = value == null ? null : field(goal.getClass(), parameter.field());
      if (field == null) {
        continue;
      }
      Object converted = convert(value, field.getType(), field.getGenericType(), parameter.property(), aligned);
      if (converted != LEFT_TO_THE_GOAL) {
        set(goal, field, converted, parameter);
      }
    }
  }

  private static void set(Object goal, Field field, Object value, Declared parameter) {
    try {
      field.setAccessible(true);
      field.set(goal, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot set " + parameter.field() + " from -D" + parameter.property(), e);
    }
  }

  private static final Object LEFT_TO_THE_GOAL = new Object();

  /**
   * A parameter the POM may set that would outrank one given on the command line: {@code <dirs>} is
   * used instead of {@code dbmigrate.dir}, so a {@code -Ddbmigrate.dir} (without {@code -Ddbmigrate.dirs})
   * clears the POM's list.
   */
  private static final Map<String, String> OUTRANKED_BY = Map.of("dbmigrate.dir", "dbmigrate.dirs");

  private static Object convert(String value, Class<?> type, Type generic, String property, UnaryOperator<File> aligned)
      throws MojoFailureException {
    if (type == String.class) {
      return value;
    }
    if (type == boolean.class || type == Boolean.class) {
      if (value.trim().equalsIgnoreCase("true") || value.trim().equalsIgnoreCase("false")) {
        return Boolean.valueOf(value.trim());
      }
      throw new MojoFailureException("-D" + property + "=" + value + " is neither true nor false; give -D"
          + property + "=true or -D" + property + "=false.");
    }
    if (type == int.class || type == Integer.class) {
      try {
        return Integer.valueOf(value.trim());
      } catch (NumberFormatException e) {
        throw new MojoFailureException("-D" + property + "=" + value + " is not a whole number; give one, such as -D"
            + property + "=1.");
      }
    }
    if (type == File.class) {
      return aligned.apply(new File(value.trim()));
    }
    if (type == List.class && generic instanceof ParameterizedType list) {
      Type element = list.getActualTypeArguments()[0];
      if (element == String.class || element == File.class) {
        List<Object> items = new ArrayList<>();
        for (String item : value.split(",")) {
          if (!item.isBlank()) {
            items.add(element == File.class ? aligned.apply(new File(item.trim())) : item.trim());
          }
        }
        return items;
      }
    }
    return LEFT_TO_THE_GOAL;
  }

  private static Field field(Class<?> type, String name) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        return c.getDeclaredField(name);
      } catch (NoSuchFieldException e) {
        // declared higher up
      }
    }
    return null;
  }
}
