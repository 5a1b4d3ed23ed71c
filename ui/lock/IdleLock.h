#pragma once

#include <QObject>
#include <QPointer>

class QTimer;
class QWidget;

namespace enc::ui {

// Hides every window's contents after a spell with no keyboard or mouse input, until the
// user clicks Unlock. The OS session is the identity (the tracker has no passwords), so
// Unlock is a button: the lock keeps a passer-by from reading an unattended screen; the
// OS's own screen lock protects the session.
class IdleLock : public QObject
{
    Q_OBJECT
public:
    explicit IdleLock(QObject *parent = nullptr);
    ~IdleLock() override;

    // Idle time before locking; 0 turns the lock off.
    void setTimeout(int milliseconds);
    int timeout() const { return m_timeout; }
    bool isLocked() const { return m_locked; }

    // Hides the data in every top-level window now.
    void lock();
    // Shows it again and starts counting idle time afresh.
    void unlock();

signals:
    void lockedChanged(bool locked);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Covered
    {
        QPointer<QWidget> window;
        QString title;
        QList<QPointer<QWidget>> hidden; // direct children hidden while locked
        QPointer<QWidget> overlay;
    };
    void cover(QWidget *window);

    QTimer *m_timer;
    int m_timeout = 0;
    bool m_locked = false;
    QList<Covered> m_covered;
};

} // namespace enc::ui
