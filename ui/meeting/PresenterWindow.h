#pragma once

#include "PresenterPages.h"
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
// A household too tall for the screen is shown in two columns a page ("Page 1 of 2"):
// Right, Page Down and Space go on through its pages before the next household. Type scales with
// the screen (1920x1080 is the design size) but never below a size a room can read.
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
    // The next page of this household, else the next household; previous() the other way,
    // to the previous household's last page.
    void next();
    void previous();
    int page() const { return m_page; }
    int pageCount() const { return int(m_pages.size()); }
    // Opens on a screen the operator's window is not on, full screen; with one screen, as a
    // window of at most 1280x720 inside the screen's available area.
    void showBeside(QWidget *operatorWindow);
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
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void render();
    void repaginate();
    QString pageFooter(int page, int pages) const;
    void applyFonts();
    void setPage(int page);
    // A point size of the 1920x1080 design, scaled to this window.
    int pt(int designSize) const;
    void tick();
    PresenterBlock childBlock(const CardChild &child) const;

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
    QList<PresenterBlock> m_blocks; // the household's text, before paging
    // An invisible mark in a child's heading, to find the page that holds them.
    static QString childMarker(Id childId);
    QStringList m_pages;
    int m_page = 0;
    double m_scale = 1.0;
    QStackedWidget *m_stack;
    QLabel *m_title;
    QWidget *m_bodyArea; // holds m_body by hand, so no text can resize the window
    QLabel *m_body;
    QLabel *m_measure; // hidden twin of m_body: how tall a page's text would be
    QLabel *m_clock;
    QTimer *m_timer;
};

} // namespace enc::ui
