#pragma once

// A modal dialog opened by a click runs its own event loop: the test fills it in from a timer
// that looks for it until it is open.

#include <QApplication>
#include <QTimer>

#include <functional>

namespace enc::test {

// Runs fill on the modal dialog of type T once it is open (looked for until it is).
template <typename T> void whenDialogOpens(const std::function<void(T *)> &fill)
{
    auto *poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, fill] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->stop();
        poll->deleteLater();
        fill(dialog);
    });
    poll->start();
}

} // namespace enc::test
