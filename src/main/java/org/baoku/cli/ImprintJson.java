package org.baoku.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.baoku.ingest.Imprint;

/**
 * The four imprint keys every article, hit and citation carries in {@code --json} output, each
 * null when unknown, so a consumer can rely on the keys being there.
 */
final class ImprintJson {

  private ImprintJson() {}

  /** Adds {@code paper}, {@code date} (ISO), {@code page_no} and {@code section} to {@code o}. */
  static ObjectNode put(ObjectNode o, Imprint imprint) {
    o.put("paper", imprint.paper());
    o.put("date", imprint.isoDate());
    o.put("page_no", imprint.pageNo());
    o.put("section", imprint.section());
    return o;
  }
}
