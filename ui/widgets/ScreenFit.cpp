#include "ScreenFit.h"

namespace enc::ui::ScreenFit {

namespace {

qint64 overlap(const QRect &a, const QRect &b)
{
    const QRect both = a.intersected(b);
    return both.isValid() ? qint64(both.width()) * both.height() : 0;
}

} // namespace

int holding(const QList<QRect> &screens, const QRect &window)
{
    int best = 0;
    qint64 most = -1;
    for (int i = 0; i < screens.size(); ++i)
        if (const qint64 o = overlap(screens[i], window); o > most) {
            most = o;
            best = i;
        }
    return screens.isEmpty() ? -1 : best;
}

int presenterScreen(const QList<QRect> &screens, const QRect &operatorWindow)
{
    if (screens.size() < 2)
        return -1;
    const int operatorScreen = holding(screens, operatorWindow);
    int best = -1;
    qint64 least = 0;
    for (int i = 0; i < screens.size(); ++i) {
        if (i == operatorScreen)
            continue;
        const qint64 o = overlap(screens[i], operatorWindow);
        if (best < 0 || o < least) {
            best = i;
            least = o;
        }
    }
    return best;
}

QRect centred(QSize wanted, const QRect &available)
{
    const QSize size = wanted.boundedTo(available.size());
    QRect r(QPoint(0, 0), size);
    r.moveCenter(available.center());
    return clamped(r, available);
}

QRect clamped(const QRect &geometry, const QRect &available)
{
    QRect r(geometry.topLeft(), geometry.size().boundedTo(available.size()));
    r.moveLeft(qBound(available.left(), r.left(), available.right() - r.width() + 1));
    r.moveTop(qBound(available.top(), r.top(), available.bottom() - r.height() + 1));
    return r;
}

Placement mainWindow(const QRect &available, QSize wanted, std::optional<QRect> restored)
{
    if (restored && restored->isValid()) {
        const bool fits =
            restored->width() <= available.width() && restored->height() <= available.height();
        return {clamped(*restored, available), !fits};
    }
    const bool fits = wanted.width() <= available.width() && wanted.height() <= available.height();
    return {centred(wanted, available), !fits};
}

} // namespace enc::ui::ScreenFit
