#pragma once

// Where the windows go on the screens there are. Pure functions of rectangles, so a test can
// pass any screen (a 1366x768 laptop, a projector beside a monitor).

#include <QList>
#include <QRect>

#include <optional>

namespace enc::ui::ScreenFit {

// The index of the screen holding most of window; the first screen when none holds any.
int holding(const QList<QRect> &screens, const QRect &window);
// The screen the presenter fills: of the screens not holding the operator's window, the one
// overlapping it least; -1 when there is only one screen.
int presenterScreen(const QList<QRect> &screens, const QRect &operatorWindow);
// A window of at most wanted, shrunk to fit available and centred in it.
QRect centred(QSize wanted, const QRect &available);
// geometry shrunk to fit available and moved inside it.
QRect clamped(const QRect &geometry, const QRect &available);

struct Placement
{
    QRect geometry;         // the normal (not maximised) geometry, inside the screen
    bool maximised = false; // the first size does not fit, or a restored one no longer does
};
// Where the main window opens on a screen whose available geometry is available: its first
// size (wanted), or the geometry restored from the last session when there is one.
Placement mainWindow(const QRect &available, QSize wanted, std::optional<QRect> restored);

} // namespace enc::ui::ScreenFit
