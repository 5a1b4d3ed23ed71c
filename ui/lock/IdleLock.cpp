#include "IdleLock.h"

#include "ObjectNames.h"
#include "meeting/PresenterWindow.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace enc::ui {

namespace {

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}

// Keeps the overlay the size of its window.
class Overlay : public QWidget
{
public:
    explicit Overlay(QWidget *window) : QWidget(window)
    {
        setAutoFillBackground(true);
        window->installEventFilter(this);
        setGeometry(window->rect());
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == parent() && event->type() == QEvent::Resize)
            setGeometry(parentWidget()->rect());
        return false;
    }
};

} // namespace

IdleLock::IdleLock(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdleLock::lock);
    qApp->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    if (qApp)
        qApp->removeEventFilter(this);
}

void IdleLock::setTimeout(int milliseconds)
{
    m_timeout = std::max(0, milliseconds);
    m_timer->stop();
    if (m_timeout > 0 && !m_locked)
        m_timer->start(m_timeout);
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_locked && m_timeout > 0 && isInput(event->type()))
        m_timer->start(m_timeout);
    return QObject::eventFilter(watched, event);
}

void IdleLock::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    m_timer->stop();
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->isVisible() && w->isWindow())
            cover(w);
    }
    emit lockedChanged(true);
}

void IdleLock::cover(QWidget *window)
{
    Covered c;
    c.window = window;
    c.title = window->windowTitle();
    for (QObject *o : window->children()) {
        auto *child = qobject_cast<QWidget *>(o);
        if (child && !child->isWindow() && child->isVisible()) {
            c.hidden << child;
            child->hide();
        }
    }
    auto *overlay = new Overlay(window);
    overlay->setObjectName(QLatin1String(names::LockScreen));
    const bool presenter = qobject_cast<PresenterWindow *>(window) != nullptr;
    QPalette palette = overlay->palette();
    palette.setColor(QPalette::Window, presenter ? Qt::black : QColor(0x1d, 0x35, 0x57));
    palette.setColor(QPalette::WindowText, Qt::white);
    overlay->setPalette(palette);
    if (!presenter) {
        // The projector stays blank; every other window offers Unlock (a modal dialog
        // would otherwise block the main window's button).
        auto *layout = new QVBoxLayout(overlay);
        auto *label = new QLabel(tr("Encompass Tracker is locked because it was left idle.\n"
                                    "The records are hidden until you unlock it."),
                                 overlay);
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        QFont font = label->font();
        font.setPointSizeF(font.pointSizeF() * 1.4);
        label->setFont(font);
        auto *unlock = new QPushButton(tr("&Unlock"), overlay);
        unlock->setObjectName(QLatin1String(names::UnlockButton));
        unlock->setDefault(true);
        connect(unlock, &QPushButton::clicked, this, &IdleLock::unlock);
        layout->addStretch(1);
        layout->addWidget(label);
        layout->addWidget(unlock, 0, Qt::AlignHCenter);
        layout->addStretch(1);
        unlock->setFocus();
    }
    overlay->show();
    overlay->raise();
    c.overlay = overlay;
    window->setWindowTitle(tr("Encompass Tracker (locked)"));
    m_covered << c;
}

void IdleLock::unlock()
{
    if (!m_locked)
        return;
    m_locked = false;
    const QList<Covered> covered = std::exchange(m_covered, {});
    for (const Covered &c : covered) {
        if (c.overlay)
            c.overlay->deleteLater();
        if (c.overlay)
            c.overlay->hide();
        for (const QPointer<QWidget> &w : c.hidden) {
            if (w)
                w->show();
        }
        if (c.window)
            c.window->setWindowTitle(c.title);
    }
    if (m_timeout > 0)
        m_timer->start(m_timeout);
    emit lockedChanged(false);
}

} // namespace enc::ui
