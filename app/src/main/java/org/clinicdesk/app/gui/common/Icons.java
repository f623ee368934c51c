package org.clinicdesk.app.gui.common;

import javafx.scene.Node;
import javafx.scene.shape.SVGPath;
import org.clinicdesk.core.queue.Priority;

/** Small vector icons, so meaning never rests on colour alone and no icon font is needed. */
public final class Icons {
    private static final String TRIANGLE_ALERT = "M8 0 L16 15 L0 15 Z M7 5 L9 5 L9 10 L7 10 Z M7 11.5 L9 11.5 L9 13.5 L7 13.5 Z";
    private static final String DOUBLE_CHEVRON_UP = "M8 1 L15 8 L12.5 8 L8 3.5 L3.5 8 L1 8 Z M8 7 L15 14 L12.5 14 L8 9.5 L3.5 14 L1 14 Z";
    private static final String CIRCLE = "M8 3 A5 5 0 1 1 7.99 3 Z M8 5 A3 3 0 1 0 8.01 5 Z";
    private static final String CHECK = "M1 8 L3 6 L6 9 L13 2 L15 4 L6 13 Z";

    private Icons() {
    }

    public static Node priority(Priority priority) {
        SVGPath path = new SVGPath();
        path.setContent(switch (priority) {
            case EMERGENCY -> TRIANGLE_ALERT;
            case URGENT -> DOUBLE_CHEVRON_UP;
            case NORMAL -> CIRCLE;
        });
        path.getStyleClass().addAll("icon", "priority-icon-" + priority.name().toLowerCase(java.util.Locale.ROOT));
        return path;
    }

    public static Node check() {
        SVGPath path = new SVGPath();
        path.setContent(CHECK);
        path.getStyleClass().addAll("icon", "icon-check");
        return path;
    }
}
