package org.baoku.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceTest {

  private static final Imprint FULL = new Imprint("某某日报", LocalDate.of(2021, 5, 12), 3, "工会");

  @Test
  void givesTheStandardsShapeWithReportersFromTheByline() {
    assertEquals("张三, 李四. 某区工会开展应急救护培训[N]. 某某日报, 2021-05-12(3).",
        Reference.of("某区工会开展应急救护培训", "本报讯（记者 张三 通讯员 李四）", FULL).orElseThrow());
  }

  @Test
  void leavesUnknownPartsOut() {
    assertEquals("某区工会开展应急救护培训[N]. 2021-05-12.", Reference.of("某区工会开展应急救护培训", "",
        new Imprint(null, LocalDate.of(2021, 5, 12), null, null)).orElseThrow());
    assertEquals("某某日报.", Reference.of("", "本报讯", new Imprint("某某日报", null, 2, null)).orElseThrow());
    assertTrue(Reference.of("标题", "本报讯（记者 张三）", new Imprint(null, null, 5, "要闻")).isEmpty());
  }

  @Test
  void listsThreeAuthorsThenEtAl() {
    assertEquals("甲一一, 乙二二, 丙三三, 等. 标题[N]. 某某日报, 2021-05-12(3).",
        Reference.of("标题", "（记者 甲一一 乙二二 丙三三 通讯员 丁四四）", FULL).orElseThrow());
  }

  @Test
  void readsNamesFromEveryBylineForm() {
    assertEquals(List.of("王路曼"), Reference.authors("本报讯（记者 王路曼）"));
    assertEquals(List.of("刘欣欣"), Reference.authors("□本报记者 刘欣欣"));
    assertEquals(List.of("边磊"), Reference.authors("本报记者 边磊 摄影报道"));
    assertEquals(List.of("石岳"), Reference.authors("北京市服务工会主席 石岳"));
    assertEquals(List.of(), Reference.authors("本报北京3月4日电"));
  }

  @Test
  void labelsAPageTheWayAChineseReaderNamesIt() {
    assertEquals("《人民日报》2020年3月15日 第5版",
        new Imprint("人民日报", LocalDate.of(2020, 3, 15), 5, null).label());
    assertEquals("第1版 要闻", new Imprint(null, null, 1, "要闻").label());
    assertEquals("", Imprint.NONE.label());
  }
}
