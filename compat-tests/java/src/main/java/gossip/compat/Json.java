/*
 * A tiny streaming JSON writer for the compat programs' stdout, so they need no JSON library on
 * the classpath. Commas are placed by tracking whether the current container already has an item.
 */
package gossip.compat;

import java.util.ArrayDeque;
import java.util.Deque;

public final class Json {
  private final StringBuilder out = new StringBuilder();
  private final Deque<Boolean> hasItem = new ArrayDeque<>();
  private boolean afterKey;

  public Json beginObject() {
    separate();
    out.append('{');
    hasItem.push(false);
    return this;
  }

  public Json endObject() {
    hasItem.pop();
    out.append('}');
    return this;
  }

  public Json beginArray() {
    separate();
    out.append('[');
    hasItem.push(false);
    return this;
  }

  public Json endArray() {
    hasItem.pop();
    out.append(']');
    return this;
  }

  public Json key(String name) {
    separate();
    quote(name);
    out.append(':');
    afterKey = true;
    return this;
  }

  public Json value(String text) {
    separate();
    if (text == null) out.append("null");
    else quote(text);
    return this;
  }

  public Json value(Integer number) {
    separate();
    out.append(number == null ? "null" : number.toString());
    return this;
  }

  public Json value(long number) {
    separate();
    out.append(number);
    return this;
  }

  public Json value(boolean flag) {
    separate();
    out.append(flag);
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private void separate() {
    if (afterKey) {
      afterKey = false;
      return;
    }
    if (!hasItem.isEmpty()) {
      if (hasItem.peek()) out.append(',');
      hasItem.pop();
      hasItem.push(true);
    }
  }

  private void quote(String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
          else out.append(c);
        }
      }
    }
    out.append('"');
  }
}
