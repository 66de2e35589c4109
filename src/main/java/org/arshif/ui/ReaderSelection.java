package org.arshif.ui;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Selecting text in the reading pane, across lines and paragraphs: drag with the mouse, double-click a word,
 * triple-click a paragraph, Shift+click or Shift+arrows to extend, Ctrl+C / Ctrl+Insert or the context menu to copy
 * in logical order (paragraphs one per line), Ctrl+A for the whole article.
 *
 * <p>Positions come from the glyphs as each line placed them ({@link ArabicParagraph#indexAt}), so what is
 * selected is what lies under the pointer, whatever the direction. The arrows move visually: in a right-to-left
 * paragraph Shift+Left extends toward the end of the text, Shift+Right toward its start; Ctrl with them moves by
 * word; Shift+Up/Down move to the line above or below at the same x.
 */
final class ReaderSelection {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");
    private static final String PARAGRAPH_SEPARATOR = "\n";

    /** A caret position: a paragraph and a character index in it (0 to its length). */
    record Position(int paragraph, int index) implements Comparable<Position> {
        @Override
        public int compareTo(Position other) {
            return paragraph != other.paragraph ? Integer.compare(paragraph, other.paragraph)
                    : Integer.compare(index, other.index);
        }
    }

    private List<ArabicParagraph> paragraphs = List.of();
    private Position anchor;
    private Position caret;
    /** Between a primary press and its release (the drag's own button state is not reported on every platform). */
    private boolean pressed;
    private boolean dragged;

    /**
     * @param area the node holding the paragraphs, whose mouse events select
     * @param keys the node that has the keyboard focus while reading (it is focused on a click in the area)
     */
    ReaderSelection(Node area, Node keys) {
        area.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                pressed = true;
                dragged = false;
                keys.requestFocus();
                press(event);
            }
        });
        area.addEventHandler(MouseEvent.MOUSE_DRAGGED, event -> {
            if (pressed) {
                dragged = true;
                extendTo(event);
            }
        });
        // The release lands where the pointer is even when the last motion events were dropped (X servers
        // coalesce them under load), so a drag always ends under the pointer.
        area.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> {
            if (event.getButton() == MouseButton.PRIMARY && pressed) {
                pressed = false;
                if (dragged) {
                    extendTo(event);
                }
            }
        });
        keys.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        area.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, event -> showMenu(area, event));
    }

    /** The paragraphs of the article now shown, in reading order; the selection starts empty. */
    void setParagraphs(List<ArabicParagraph> shown) {
        paragraphs = List.copyOf(shown);
        anchor = null;
        caret = null;
    }

    private void extendTo(MouseEvent event) {
        Position at = positionAt(event.getSceneX(), event.getSceneY());
        if (anchor != null && at != null) {
            select(anchor, at);
        }
    }

    private void press(MouseEvent event) {
        Position at = positionAt(event.getSceneX(), event.getSceneY());
        if (at == null) {
            return;
        }
        switch (event.getClickCount()) {
            case 1 -> {
                if (event.isShiftDown() && anchor != null) {
                    select(anchor, at);
                } else {
                    select(at, at);
                }
            }
            case 2 -> selectWordAt(at);
            default -> select(new Position(at.paragraph(), 0),
                    new Position(at.paragraph(), paragraphs.get(at.paragraph()).getText().length()));
        }
    }

    private void selectWordAt(Position at) {
        String text = paragraphs.get(at.paragraph()).getText();
        if (text.isEmpty()) {
            return;
        }
        BreakIterator words = BreakIterator.getWordInstance(ARABIC);
        words.setText(text);
        int inside = Math.min(at.index(), text.length() - 1);
        int end = words.following(inside);
        int start = words.previous();
        select(new Position(at.paragraph(), start), new Position(at.paragraph(), end));
    }

    /** The caret position under a point of the scene: the paragraph at that height (the nearest one between them). */
    Position positionAt(double sceneX, double sceneY) {
        if (paragraphs.isEmpty()) {
            return null;
        }
        int chosen = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).localToScene(paragraphs.get(i).getLayoutBounds()).getMinY() <= sceneY) {
                chosen = i;
            }
        }
        ArabicParagraph paragraph = paragraphs.get(chosen);
        Point2D local = paragraph.sceneToLocal(sceneX, sceneY);
        return new Position(chosen, paragraph.indexAt(local.getX(), local.getY()));
    }

    /** Selects from {@code from} (the anchor, which stays put when extending) to {@code to} (the caret). */
    void select(Position from, Position to) {
        anchor = from;
        caret = to;
        Position start = from.compareTo(to) <= 0 ? from : to;
        Position end = from.compareTo(to) <= 0 ? to : from;
        for (int i = 0; i < paragraphs.size(); i++) {
            ArabicParagraph paragraph = paragraphs.get(i);
            int length = paragraph.getText().length();
            if (i < start.paragraph() || i > end.paragraph()) {
                paragraph.select(0, 0);
            } else {
                paragraph.select(i == start.paragraph() ? start.index() : 0, i == end.paragraph() ? end.index() : length);
            }
        }
    }

    /** The selected text in logical order, paragraphs one per line; empty when nothing is selected. */
    String selectedText() {
        if (anchor == null || anchor.equals(caret)) {
            return "";
        }
        int first = Math.min(anchor.paragraph(), caret.paragraph());
        int last = Math.max(anchor.paragraph(), caret.paragraph());
        List<String> parts = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            parts.add(paragraphs.get(i).getSelectedText());
        }
        return String.join(PARAGRAPH_SEPARATOR, parts);
    }

    private boolean copy() {
        String selected = selectedText();
        if (selected.isEmpty()) {
            return false;
        }
        putOnClipboard(selected);
        return true;
    }

    private static void putOnClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void key(KeyEvent event) {
        KeyCode code = event.getCode();
        boolean handled = false;
        if (event.isShortcutDown() && (code == KeyCode.C || code == KeyCode.INSERT)) {
            handled = copy();
        } else if (event.isShortcutDown() && code == KeyCode.A && !paragraphs.isEmpty()) {
            int last = paragraphs.size() - 1;
            select(new Position(0, 0), new Position(last, paragraphs.get(last).getText().length()));
            handled = true;
        } else if (event.isShiftDown() && caret != null) {
            Position moved = switch (code) {
                case LEFT, RIGHT -> sideways(code == KeyCode.LEFT, event.isShortcutDown());
                case UP, DOWN -> lineAway(code == KeyCode.DOWN);
                default -> null;
            };
            if (moved != null) {
                select(anchor, moved);
                handled = true;
            }
        }
        if (handled) {
            event.consume();
        }
    }

    /** The caret moved one character (or word) to the left or right as seen on screen. */
    private Position sideways(boolean left, boolean byWord) {
        ArabicParagraph paragraph = paragraphs.get(caret.paragraph());
        boolean forward = left == paragraph.isRightToLeft();
        String text = paragraph.getText();
        BreakIterator steps = byWord ? BreakIterator.getWordInstance(ARABIC) : BreakIterator.getCharacterInstance(ARABIC);
        steps.setText(text);
        if (forward) {
            if (caret.index() >= text.length()) {
                return caret.paragraph() + 1 < paragraphs.size() ? new Position(caret.paragraph() + 1, 0) : caret;
            }
            int next = steps.following(caret.index());
            // A word step skips the spaces after the word, as text editors do.
            while (byWord && next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next = steps.following(next);
            }
            return new Position(caret.paragraph(), next);
        }
        if (caret.index() == 0) {
            if (caret.paragraph() == 0) {
                return caret;
            }
            int previous = caret.paragraph() - 1;
            return new Position(previous, paragraphs.get(previous).getText().length());
        }
        int before = steps.preceding(caret.index());
        while (byWord && before > 0 && Character.isWhitespace(text.charAt(before))) {
            before = steps.preceding(before);
        }
        return new Position(caret.paragraph(), before);
    }

    /** The caret moved to the line above or below, at the same x (into the neighbouring paragraph at its edge). */
    private Position lineAway(boolean down) {
        ArabicParagraph paragraph = paragraphs.get(caret.paragraph());
        double x = paragraph.caretX(caret.index());
        int line = paragraph.lineOf(caret.index()) + (down ? 1 : -1);
        int index = caret.paragraph();
        if (line < 0 || line >= paragraph.getLines().size()) {
            index += down ? 1 : -1;
            if (index < 0 || index >= paragraphs.size()) {
                return caret;
            }
            ArabicParagraph neighbour = paragraphs.get(index);
            line = down ? 0 : Math.max(0, neighbour.getLines().size() - 1);
            Point2D there = neighbour.sceneToLocal(paragraph.localToScene(x, 0));
            return new Position(index, neighbour.indexAt(there.getX(), neighbour.lineMiddle(line)));
        }
        return new Position(index, paragraph.indexAt(x, paragraph.lineMiddle(line)));
    }

    private void showMenu(Node area, ContextMenuEvent event) {
        List<MenuItem> items = new ArrayList<>();
        if (!selectedText().isBlank()) { // a selection of spaces or paragraph ends alone copies nothing worth having
            MenuItem copy = new MenuItem(Messages.get("action.copy"));
            copy.setOnAction(e -> copy());
            items.add(copy);
        }
        Position at = positionAt(event.getSceneX(), event.getSceneY());
        if (at != null) {
            String paragraph = paragraphs.get(at.paragraph()).getText();
            MenuItem copyParagraph = new MenuItem(Messages.get("action.copyParagraph"));
            copyParagraph.setOnAction(e -> putOnClipboard(paragraph));
            items.add(copyParagraph);
        }
        if (!items.isEmpty()) {
            ContextMenu menu = new ContextMenu(items.toArray(MenuItem[]::new));
            // A menu opens towards where its lines start: left of the pointer in a right-to-left window.
            if (area.getEffectiveNodeOrientation() == javafx.geometry.NodeOrientation.RIGHT_TO_LEFT) {
                menu.setAnchorLocation(javafx.stage.PopupWindow.AnchorLocation.CONTENT_TOP_RIGHT);
            }
            menu.show(area, event.getScreenX(), event.getScreenY());
            event.consume();
        }
    }
}
