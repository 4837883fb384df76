package dev.fitt.adapters.csv;

import dev.fitt.domain.TagValue;
import dev.fitt.ports.DatasetLoadException;
import java.util.Arrays;
import java.util.List;

/**
 * The tag cells of the record being read, taken field by field. A bad cell is reported once the
 * record has ended, as only then is its line known (a quoted cell may span lines): the first bad
 * cell in tag order, naming file, line and column.
 */
final class LabelCells {
    private final List<TagColumn> columns;
    private final String fileName;
    /** The tag a column holds, -1 for other columns. */
    private final int[] tagOfColumn;
    private final byte[] codes;
    private int badTag = -1;
    private String badCell;

    LabelCells(List<TagColumn> columns, String fileName) {
        this.columns = List.copyOf(columns);
        this.fileName = fileName;
        int width = 0;
        for (TagColumn column : this.columns) {
            width = Math.max(width, column.index() + 1);
        }
        this.tagOfColumn = new int[width];
        Arrays.fill(tagOfColumn, -1);
        for (int t = 0; t < this.columns.size(); t++) {
            tagOfColumn[this.columns.get(t).index()] = t;
        }
        this.codes = new byte[this.columns.size()];
        Arrays.fill(codes, TagValue.UNSET.code());
    }

    /** Takes the field if its column holds a tag; other fields are ignored. */
    void field(int column, char[] text, int length) {
        int tag = column < tagOfColumn.length ? tagOfColumn[column] : -1;
        if (tag < 0) {
            return;
        }
        byte code = TagCells.parse(text, length);
        if (code == TagCells.INVALID && (badTag < 0 || tag < badTag)) {
            badTag = tag;
            badCell = new String(text, 0, length);
        }
        codes[tag] = code;
    }

    /**
     * Copies the record's codes, in tag order, to {@code into} from {@code offset} (unset where the
     * record ended before a tag's column), and gets ready for the next record.
     *
     * @param line the line the record ends on
     * @throws DatasetLoadException when a cell of the record is no tag value
     */
    void finish(long line, byte[] into, int offset) throws DatasetLoadException {
        if (badTag >= 0) {
            throw new DatasetLoadException(fileName + " line " + line + ", column " + columns.get(badTag).name()
                    + ": \"" + badCell + "\" is not a tag value (" + TagCells.ACCEPTED + ")");
        }
        System.arraycopy(codes, 0, into, offset, codes.length);
        Arrays.fill(codes, TagValue.UNSET.code());
    }
}
