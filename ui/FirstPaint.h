#pragma once

#include <functional>

class QWidget;

namespace enc::ui {

// Runs work once, on the turn of the event loop after widget first paints (its frame drawn),
// or after fallbackMs when it has not painted by then (a window never shown, or minimised).
// For what start-up does in the background: work posted before a window is shown runs before
// its first paint (the paint waits for the window system, posted work does not), taking a core
// from the first rows.
void afterFirstPaint(QWidget *widget, std::function<void()> work, int fallbackMs = 2000);

} // namespace enc::ui
