#include "PresenterWindow.h"

#include "MeetingNames.h"
#include "domain/DateInput.h"
#include "repo/Ppns.h"

#include <QKeyEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace enc::ui {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

PresenterWindow::PresenterWindow(QWidget *parent)
    : QWidget(parent, Qt::Window), m_stack(new QStackedWidget(this)), m_title(new QLabel(this)),
      m_body(new QLabel(this)), m_clock(new QLabel(this)), m_timer(new QTimer(this))
{
    setObjectName(QLatin1String(names::PresenterWindow));
    setWindowTitle(tr("Encompass meeting: presenter"));
    setFocusPolicy(Qt::StrongFocus);
    // High contrast for a projector: white and yellow on black.
    setStyleSheet(QStringLiteral("QWidget { background: #000000; color: #ffffff; }"
                                 "QLabel#presenterTitle { color: #ffd600; }"
                                 "QLabel#presenterClock { color: #ffffff; }"));
    m_title->setObjectName(QLatin1String(names::PresenterTitle));
    m_body->setObjectName(QLatin1String(names::PresenterBody));
    m_clock->setObjectName(QLatin1String(names::PresenterClock));
    QFont big = font();
    big.setPointSize(26);
    m_body->setFont(big);
    big.setPointSize(40);
    big.setBold(true);
    m_title->setFont(big);
    big.setPointSize(24);
    big.setBold(false);
    m_clock->setFont(big);
    m_body->setTextFormat(Qt::RichText);
    m_body->setWordWrap(true);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_title->setWordWrap(true);

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->setSpacing(24);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_clock, 0, Qt::AlignTop | Qt::AlignRight);
    layout->addLayout(top);
    layout->addWidget(m_body, 1);
    auto *blank = new QWidget(this);
    m_stack->addWidget(page);
    m_stack->addWidget(blank);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &PresenterWindow::tick);
    m_timer->start();
    m_onItem.start();
    render();
}

void PresenterWindow::setDatabase(Database *db)
{
    m_db = db;
}

void PresenterWindow::setAgenda(const Agenda &agenda, QDate today, QTime meetingEnd)
{
    const Id currentChild = m_current >= 0 && m_current < m_households.size()
                                ? m_agenda.items.value(m_households[m_current]).childId
                                : 0;
    m_agenda = agenda;
    m_today = today;
    m_end = meetingEnd.isValid() ? meetingEnd : QTime(12, 0);
    m_households.clear();
    Id last = 0;
    for (int i = 0; i < m_agenda.items.size(); ++i) {
        const AgendaItem &item = m_agenda.items[i];
        const Id key = item.householdId ? item.householdId : -item.childId;
        if (i == 0 || key != last)
            m_households.append(i);
        last = key;
    }
    int index = m_households.isEmpty() ? -1 : 0;
    for (int h = 0; h < m_households.size(); ++h)
        if (currentChild && m_agenda.items[m_households[h]].childId == currentChild)
            index = h;
    m_current = -1;
    setHousehold(index);
}

void PresenterWindow::showItem(int itemIndex)
{
    for (int h = int(m_households.size()) - 1; h >= 0; --h)
        if (m_households[h] <= itemIndex) {
            setHousehold(h);
            return;
        }
}

void PresenterWindow::setHousehold(int index)
{
    if (index == m_current && index >= 0)
        return;
    m_current = index;
    m_card = HouseholdCard();
    if (m_db && index >= 0 && index < m_households.size()) {
        auto card =
            HouseholdCards(*m_db).forChild(m_agenda.items[m_households[index]].childId,
                                           m_today.isValid() ? m_today : QDate::currentDate());
        if (card)
            m_card = *card;
    }
    m_onItem.restart();
    render();
    emit householdChanged(index);
}

void PresenterWindow::next()
{
    if (m_current + 1 < m_households.size())
        setHousehold(m_current + 1);
}

void PresenterWindow::previous()
{
    if (m_current > 0)
        setHousehold(m_current - 1);
}

void PresenterWindow::setBlank(bool blank)
{
    m_blank = blank;
    m_stack->setCurrentIndex(blank ? 1 : 0);
}

void PresenterWindow::setPrivacy(bool on)
{
    if (m_privacy == on)
        return;
    m_privacy = on;
    render();
    emit privacyChanged(on);
}

void PresenterWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        previous();
        break;
    case Qt::Key_B:
        setBlank(!m_blank);
        break;
    case Qt::Key_P:
        m_privacy ? emit namesRequested() : setPrivacy(true);
        break;
    case Qt::Key_Escape:
        if (isFullScreen())
            showNormal();
        break;
    case Qt::Key_F:
    case Qt::Key_F11:
        isFullScreen() ? showNormal() : showFullScreen();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

QString PresenterWindow::childHtml(const CardChild &c) const
{
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const int age = DateInput::ageInYears(c.dateOfBirth, today);
    const QString ageText = age < 0    ? tr("age not known")
                            : age == 1 ? tr("1 year")
                                       : tr("%1 years").arg(age);
    QString h;
    const QString name = m_privacy ? c.initials() : c.fullName();
    QString who = m_privacy
                      ? tr("%1, %2").arg(name, ageText)
                      : tr("%1, born %2 (%3)").arg(name, DateInput::format(c.dateOfBirth), ageText);
    h += QStringLiteral("<p style=\"font-size: 34pt; margin: 0\"><b>%1</b>").arg(esc(who));
    if (c.escalated)
        h += QStringLiteral(
                 " <span style=\"background: #d50000; color: #ffffff\">&nbsp;%1&nbsp;</span>")
                 .arg(esc(tr("ESCALATION")));
    h += QStringLiteral("</p>");
    const QString count = c.ppnsInWindow == 1
                              ? tr("1 PPN in the last 3 months")
                              : tr("%1 PPNs in the last 3 months").arg(c.ppnsInWindow);
    const QString total =
        c.ppns.size() == 1 ? tr("1 PPN in all") : tr("%1 PPNs in all").arg(c.ppns.size());
    h += QStringLiteral("<p style=\"margin: 4px 0 0 0; color: #ffd600\">%1 &middot; %2</p>")
             .arg(esc(count), esc(total));
    QStringList ppns;
    for (int i = 0; i < c.ppns.size() && i < 4; ++i)
        ppns << esc(DateInput::format(c.ppns[i].incidentDate) + QStringLiteral("  ") +
                    c.ppns[i].policeReference + QStringLiteral("  ") + toString(c.ppns[i].risk));
    if (!ppns.isEmpty())
        h += QStringLiteral("<p style=\"margin: 0 0 0 40px\">%1</p>")
                 .arg(ppns.join(QStringLiteral("<br>")));
    if (!c.decisions.isEmpty()) {
        QStringList lines;
        for (int i = 0; i < c.decisions.size() && i < 2; ++i)
            lines << esc(
                tr("Decided %1: %2")
                    .arg(DateInput::format(c.decisions[i].decidedOn), c.decisions[i].outcome));
        h += QStringLiteral("<p style=\"margin: 0 0 0 40px\">%1</p>")
                 .arg(lines.join(QStringLiteral("<br>")));
    }
    if (!c.openActions.isEmpty()) {
        QStringList lines;
        for (int i = 0; i < c.openActions.size() && i < 3; ++i)
            lines << esc(tr("Open action: %1 (%2, due %3)")
                             .arg(c.openActions[i].description, c.openActions[i].owner,
                                  DateInput::format(c.openActions[i].dueOn)));
        h += QStringLiteral("<p style=\"margin: 0 0 0 40px; color: #80d8ff\">%1</p>")
                 .arg(lines.join(QStringLiteral("<br>")));
    }
    return h;
}

void PresenterWindow::render()
{
    if (m_current < 0 || m_current >= m_households.size()) {
        m_title->setText(tr("No household to present"));
        m_body->setText(tr("The agenda is empty."));
        tick();
        return;
    }
    const AgendaItem &item = m_agenda.items[m_households[m_current]];
    QString title = tr("Household %1 of %2").arg(m_current + 1).arg(m_households.size());
    if (!m_privacy && !m_card.address.isEmpty())
        title += QStringLiteral(": ") + m_card.address;
    m_title->setText(title);
    QString h = QStringLiteral("<p style=\"color: #ffd600; margin: 0 0 12px 0\">%1: %2</p>")
                    .arg(esc(sectionTitle(item.section)), esc(item.reason()));
    for (const CardChild &c : m_card.children)
        h += childHtml(c);
    if (m_privacy)
        h += QStringLiteral("<p style=\"color: #9e9e9e; font-size: 18pt\">%1</p>")
                 .arg(esc(tr("Privacy mode: initials and ages only. Press P to show names.")));
    m_body->setText(h);
    tick();
}

void PresenterWindow::tick()
{
    const qint64 secs = m_onItem.elapsed() / 1000;
    const QString onItem = tr("On this item %1:%2")
                               .arg(secs / 60, 2, 10, QLatin1Char('0'))
                               .arg(secs % 60, 2, 10, QLatin1Char('0'));
    const QTime now = m_now();
    const int left = now.secsTo(m_end);
    const QString remaining =
        left > 0 ? (left / 60 == 1 ? tr("1 minute left") : tr("%1 minutes left").arg(left / 60))
                 : tr("Time is up");
    m_clock->setText(now.toString(QStringLiteral("HH:mm")) + QStringLiteral("\n") + onItem +
                     QStringLiteral("\n") + remaining);
}

void PresenterWindow::setClock(std::function<QTime()> now)
{
    m_now = std::move(now);
    tick();
}

QString PresenterWindow::shownText() const
{
    QString out;
    for (const QLabel *l : findChildren<QLabel *>())
        if (l->isVisibleTo(this) || !m_blank)
            out += l->text() + QLatin1Char('\n');
    return out;
}

} // namespace enc::ui
