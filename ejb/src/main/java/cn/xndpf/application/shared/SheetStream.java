package cn.xndpf.application.shared;

import cn.xndpf.application.shared.WorkbookReader.CellValue;
import cn.xndpf.application.shared.WorkbookReader.SheetRow;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The first sheet of a workbook read as a stream of SAX events (POI's event model) instead of a loaded sheet:
 * each row's cells are turned into the same {@link CellValue}s a loaded sheet gives (shared and inline strings,
 * numbers with their format, dates by their format, booleans, formulas by their cached result), the heading
 * row's texts locate the columns, and only the data rows' cells of those columns are kept, one row at a time.
 */
final class SheetStream {

    private SheetStream() {
    }

    /** Hands each non-blank data row to {@code each}; returns how many there were. */
    static <C extends Enum<C> & SheetColumn> int read(byte[] workbook, int maxBytes, Class<C> columnType,
                                                      Consumer<SheetRow<C>> each) {
        try (OPCPackage pkg = UploadedFiles.workbookPackage(workbook, maxBytes)) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new cn.xndpf.domain.shared.InvalidValueException("file", "import.notWorkbook");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                Handler<C> handler = new Handler<>(columnType, styles, strings, each);
                parser.setContentHandler(handler);
                parser.parse(new InputSource(sheet));
                if (handler.columns == null) {
                    WorkbookReader.columns(List.of(), columnType); // no heading row: names the first column missing
                }
                return handler.rows;
            }
        } catch (cn.xndpf.domain.shared.InvalidValueException e) {
            throw e;
        } catch (Exception e) {
            throw UploadedFiles.unreadable(e);
        }
    }

    private static final class Handler<C extends Enum<C> & SheetColumn> extends DefaultHandler {

        private final Class<C> columnType;
        private final StylesTable styles;
        private final ReadOnlySharedStringsTable strings;
        private final Consumer<SheetRow<C>> each;
        private final StringBuilder text = new StringBuilder();

        private Map<C, Integer> columns;
        private Set<Integer> wanted;
        private Map<Integer, CellValue> cells = new HashMap<>();
        private int rowNumber;
        private int column;
        private String cellType;
        private String cellStyle;
        private boolean inValue;
        private boolean inInlineText;
        private boolean hasValue;
        private int rows;

        Handler(Class<C> columnType, StylesTable styles, ReadOnlySharedStringsTable strings,
                Consumer<SheetRow<C>> each) {
            this.columnType = columnType;
            this.styles = styles;
            this.strings = strings;
            this.each = each;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new HashMap<>();
                    column = -1;
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? column + 1 : new CellReference(ref).getCol();
                    cellType = attributes.getValue("t");
                    cellStyle = attributes.getValue("s");
                    text.setLength(0);
                    hasValue = false;
                }
                case "v" -> {
                    inValue = true;
                    hasValue = true;
                }
                case "t" -> {
                    if ("inlineStr".equals(cellType)) {
                        inInlineText = true;
                        hasValue = true;
                    }
                }
                default -> {
                    // formulas, merged cells and the rest say nothing the import reads
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInlineText) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "c" -> {
                    if (wanted == null || wanted.contains(column)) {
                        cells.put(column, value());
                    }
                }
                case "row" -> endRow();
                default -> {
                }
            }
        }

        private CellValue value() {
            String v = text.toString();
            if (cellType == null || "n".equals(cellType)) {
                if (!hasValue || v.isBlank()) {
                    return new CellValue(CellType.BLANK, null, 0, null, null);
                }
                int formatIndex = 0;
                String format = null;
                if (cellStyle != null) {
                    XSSFCellStyle style = styles.getStyleAt(Integer.parseInt(cellStyle));
                    if (style != null) {
                        formatIndex = style.getDataFormat();
                        format = style.getDataFormatString();
                    }
                }
                if (format == null) {
                    format = BuiltinFormats.getBuiltinFormat(formatIndex);
                }
                return CellValue.number(Double.parseDouble(v.trim()), formatIndex, format);
            }
            return switch (cellType) {
                case "s" -> new CellValue(CellType.STRING, strings.getItemAt(Integer.parseInt(v.trim())).getString(),
                        0, null, null);
                case "inlineStr", "str", "d" -> new CellValue(CellType.STRING, v, 0, null, null);
                case "b" -> new CellValue(CellType.BOOLEAN, null, 0, null, "1".equals(v.trim()) ? "TRUE" : "FALSE");
                default -> new CellValue(CellType.ERROR, null, 0, null, v);
            };
        }

        private void endRow() {
            if (columns == null) {
                List<String> headings = new ArrayList<>();
                cells.forEach((i, c) -> {
                    while (headings.size() <= i) {
                        headings.add(null);
                    }
                    headings.set(i, WorkbookReader.text(c));
                });
                columns = WorkbookReader.columns(headings, columnType);
                wanted = new HashSet<>(columns.values());
                return;
            }
            SheetRow<C> row = new SheetRow<>(rowNumber, cells, columns);
            if (!row.isBlank()) {
                rows++;
                each.accept(row);
            }
        }
    }
}
