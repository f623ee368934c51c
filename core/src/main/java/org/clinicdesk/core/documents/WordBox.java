package org.clinicdesk.core.documents;

/** Where a recognised word sits on its page, in pixels of the page image as it was read (after orientation fix). */
public record WordBox(int x, int y, int width, int height) {
}
