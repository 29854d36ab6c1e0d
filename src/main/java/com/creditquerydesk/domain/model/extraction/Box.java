package com.creditquerydesk.domain.model.extraction;

public record Box(int x, int y, int width, int height) {
}
