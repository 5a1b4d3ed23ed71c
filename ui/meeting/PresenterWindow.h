#pragma once

#include "meeting/AgendaItem.h"
#include "meeting/HouseholdCard.h"

#include <QElapsedTimer>
#include <QTime>
#include <QWidget>

#include <functional>

class QLabel;
class QStackedWidget;
class QTimer;

namespace enc {
class Database;
}

namespace enc::ui {

// The projected screen: one household at a time in large, high-contrast type. Right and
// Left move, B blanks, P toggles privacy (initials and age, no addresses; on whenever the
// window opens). Showing names is asked for (namesRequested): the meeting screen confirms it.
class PresenterWindow : public QWidget
{
    Q_OBJECT
public:
    explicit PresenterWindow(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    // The agenda to present; today dates the three-month count; meetingEnd feeds the clock.
    void setAgenda(const Agenda &agenda, QDate today, QTime meetingEnd = QTime(12, 0));
    int householdCount() const { return int(m_households.size()); }
    int currentHousehold() const { return m_current; }
    // The agenda index of the household's first item; -1 past the last household.
    int firstItem(int household) const { return m_households.value(household, -1); }
    // Shows the household of agenda item index (the operator's current item).
    void showItem(int itemIndex);
    void setHousehold(int index);
    void next();
    void previous();
    bool isBlank() const { return m_blank; }
    void setBlank(bool blank);
    bool privacy() const { return m_privacy; }
    void setPrivacy(bool on);
    // The time of day the clock shows (the system clock unless a test or a screenshot sets
    // one); the clock is redrawn at once.
    void setClock(std::function<QTime()> now);
    // Every text shown, for tests and the privacy check.
    QString shownText() const;

signals:
    void householdChanged(int index);
    void privacyChanged(bool on);
    // P pressed while in privacy mode: names go on screen once the meeting screen has
    // confirmed it (setPrivacy(false)).
    void namesRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void render();
    void tick();
    QString childHtml(const CardChild &child) const;

    Database *m_db = nullptr;
    Agenda m_agenda;
    QList<int> m_households; // index of each household's first agenda item
    int m_current = -1;
    bool m_blank = false;
    bool m_privacy = true;
    QDate m_today;
    QTime m_end{12, 0};
    std::function<QTime()> m_now = [] {
        return QTime::currentTime();
    };
    HouseholdCard m_card;
    QElapsedTimer m_onItem;
    QStackedWidget *m_stack;
    QLabel *m_title;
    QLabel *m_body;
    QLabel *m_clock;
    QTimer *m_timer;
};

} // namespace enc::ui
