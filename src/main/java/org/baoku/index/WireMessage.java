package org.baoku.index;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A protocol buffer message read as its fields in order, each a slice of the original bytes, so a
 * message can be copied with a few fields changed ({@link WireWriter}) without a schema or a
 * protobuf library. Enough
 * of the wire format for {@link ClsRowGraph} to edit an ONNX model's graph; a model is 24 MB of
 * mostly weights, which are copied as slices and never decoded.
 */
final class WireMessage {

  /** One field: its number, its wire type, and where its value lies in {@code bytes}. */
  record Field(byte[] bytes, int start, int end, int number, int wireType, int valueStart) {

    /** The field's value as a message; a field of another wire type is not one. */
    WireMessage message() {
      return new WireMessage(bytes, lengthDelimited(), end);
    }

    /** The field's value as UTF-8 text; a field of another wire type is not text. */
    String text() {
      return new String(bytes, lengthDelimited(), end - valueStart, StandardCharsets.UTF_8);
    }

    private int lengthDelimited() {
      if (wireType != 2) {
        throw new IllegalArgumentException("not the message expected: field " + number
            + " has wire type " + wireType);
      }
      return valueStart;
    }
  }

  private final List<Field> fields = new ArrayList<>();

  WireMessage(byte[] bytes) {
    this(bytes, 0, bytes.length);
  }

  private WireMessage(byte[] bytes, int from, int to) {
    Reader r = new Reader(bytes, from);
    while (r.at < to) {
      int start = r.at;
      long tag = r.varint();
      int wireType = (int) (tag & 7);
      int valueStart = r.at;
      switch (wireType) {
        case 0 -> r.varint();
        case 1 -> r.at += 8;
        case 2 -> {
          long length = r.varint();
          valueStart = r.at;
          if (length < 0 || length > to - r.at) {
            throw new IllegalArgumentException("not a protocol buffer: a field runs past the end");
          }
          r.at += (int) length;
        }
        case 5 -> r.at += 4;
        default -> throw new IllegalArgumentException("not a protocol buffer: wire type " + wireType);
      }
      if (r.at > to) {
        throw new IllegalArgumentException("not a protocol buffer: a field runs past the end");
      }
      fields.add(new Field(bytes, start, r.at, (int) (tag >>> 3), wireType, valueStart));
    }
  }

  List<Field> fields() {
    return fields;
  }

  List<Field> fields(int number) {
    return fields.stream().filter(f -> f.number() == number).toList();
  }

  /** The text values of the length-delimited fields numbered {@code number}, in order. */
  List<String> texts(int number) {
    return fields(number).stream().map(Field::text).toList();
  }

  private static final class Reader {
    private final byte[] bytes;
    private int at;

    Reader(byte[] bytes, int at) {
      this.bytes = bytes;
      this.at = at;
    }

    long varint() {
      long value = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        if (at >= bytes.length) {
          throw new IllegalArgumentException("not a protocol buffer: a varint runs past the end");
        }
        byte b = bytes[at++];
        value |= (long) (b & 0x7F) << shift;
        if (b >= 0) {
          return value;
        }
      }
      throw new IllegalArgumentException("not a protocol buffer: a varint of more than 10 bytes");
    }
  }
}
