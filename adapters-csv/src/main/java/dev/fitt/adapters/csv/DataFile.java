package dev.fitt.adapters.csv;

import dev.fitt.domain.ImageRows;
import dev.fitt.domain.LabelsSnapshot;

/**
 * A data CSV as read: its layout, the format B tag code (null for format A), and rows and labels in
 * file order.
 */
record DataFile(DataLayout layout, String formatBCode, ImageRows rows, LabelsSnapshot labels) {
}
