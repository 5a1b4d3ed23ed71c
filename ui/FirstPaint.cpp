#include "FirstPaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <utility>

namespace enc::ui {

namespace {

class FirstPaintWatch : public QObject
{
public:
    FirstPaintWatch(QWidget *widget, std::function<void()> work, int fallbackMs)
        : QObject(widget), m_widget(widget), m_work(std::move(work))
    {
        widget->installEventFilter(this);
        QTimer::singleShot(fallbackMs, this, &FirstPaintWatch::run);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::Paint)
            QTimer::singleShot(0, this, &FirstPaintWatch::run); // once the frame is drawn
        return QObject::eventFilter(watched, event);
    }

private:
    void run()
    {
        if (!m_work)
            return;
        m_widget->removeEventFilter(this);
        const std::function<void()> work = std::exchange(m_work, {});
        deleteLater();
        work();
    }

    QWidget *m_widget;
    std::function<void()> m_work;
};

} // namespace

void afterFirstPaint(QWidget *widget, std::function<void()> work, int fallbackMs)
{
    new FirstPaintWatch(widget, std::move(work), fallbackMs);
}

} // namespace enc::ui
