#include "PresenterWindow.h"

#include "MeetingNames.h"
#include "domain/ChildAge.h"
#include "domain/DateInput.h"
#include "repo/Ppns.h"
#include "widgets/ScreenFit.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
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
      m_bodyArea(new QWidget(this)), m_body(new QLabel(m_bodyArea)), m_measure(new QLabel(this)),
      m_clock(new QLabel(this)), m_timer(new QTimer(this))
{
    setObjectName(QLatin1String(names::PresenterWindow));
    setWindowTitle(tr("Encompass meeting: presenter"));
    setFocusPolicy(Qt::StrongFocus);
    // Set by hand, so that no text (a long address, a long reason) can make the layout
    // grow the window past its screen: text wraps, or goes to the next page.
    setMinimumSize(320, 180);
    // High contrast for a projector: white and yellow on black.
    setStyleSheet(QStringLiteral("QWidget { background: #000000; color: #ffffff; }"
                                 "QLabel#presenterTitle { color: #ffd600; }"
                                 "QLabel#presenterClock { color: #ffffff; }"));
    m_title->setObjectName(QLatin1String(names::PresenterTitle));
    m_body->setObjectName(QLatin1String(names::PresenterBody));
    m_clock->setObjectName(QLatin1String(names::PresenterClock));
    for (QLabel *l : {m_body, m_measure}) {
        l->setTextFormat(Qt::RichText);
        l->setWordWrap(true);
        l->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    }
    m_measure->hide();
    m_title->setWordWrap(true);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_bodyArea->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_bodyArea->installEventFilter(this);
    applyFonts();

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->setSpacing(24);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_clock, 0, Qt::AlignTop | Qt::AlignRight);
    layout->addLayout(top);
    layout->addWidget(m_bodyArea, 1);
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

void PresenterWindow::applyFonts()
{
    QFont big = font();
    big.setPointSize(pt(26));
    m_body->setFont(big);
    m_measure->setFont(big);
    big.setPointSize(pt(40));
    big.setBold(true);
    m_title->setFont(big);
    big.setPointSize(pt(24));
    big.setBold(false);
    m_clock->setFont(big);
}

int PresenterWindow::pt(int designSize) const
{
    return qRound(designSize * m_scale);
}

void PresenterWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Scaled with the screen from the 1920x1080 design, but never below 70%: 18 pt body
    // text, 24 pt names, as large on a 1280x720 projector as 26 and 34 pt are at 1080.
    const double scale = qBound(0.7, qMin(width() / 1920.0, height() / 1080.0), 1.5);
    if (qAbs(scale - m_scale) < 0.01)
        return;
    m_scale = scale;
    applyFonts();
    render();
}

bool PresenterWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_bodyArea && event->type() == QEvent::Resize) {
        m_body->setGeometry(m_bodyArea->rect());
        repaginate();
    }
    return QWidget::eventFilter(watched, event);
}

void PresenterWindow::showBeside(QWidget *operatorWindow)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QList<QRect> rects;
    for (const QScreen *s : screens)
        rects << s->geometry();
    const QRect operatorRect = operatorWindow ? operatorWindow->frameGeometry() : QRect();
    const int target = ScreenFit::presenterScreen(rects, operatorRect);
    if (target >= 0) {
        setScreen(screens[target]);
        setGeometry(screens[target]->geometry());
        showFullScreen();
        return;
    }
    QScreen *screen = operatorWindow && operatorWindow->screen() ? operatorWindow->screen()
                                                                 : QGuiApplication::primaryScreen();
    if (!screen) {
        show();
        return;
    }
    // Room for the title bar, as the operator's window has it.
    QMargins frame;
    if (operatorWindow && operatorWindow->isVisible()) {
        const QRect outer = operatorWindow->frameGeometry(), inner = operatorWindow->geometry();
        frame = QMargins(inner.left() - outer.left(), inner.top() - outer.top(),
                         outer.right() - inner.right(), outer.bottom() - inner.bottom());
    }
    setScreen(screen);
    if (isFullScreen())
        showNormal();
    setGeometry(
        ScreenFit::centred(QSize(1280, 720), screen->availableGeometry().marginsRemoved(frame)));
    show();
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
    bool same = false;
    for (int h = 0; h < m_households.size(); ++h)
        if (currentChild && m_agenda.items[m_households[h]].childId == currentChild) {
            index = h;
            same = true;
        }
    const int page = m_page;
    m_current = -1;
    setHousehold(index);
    if (same) // a reload (another desk's edit) keeps the chair on the page they were on
        setPage(qMin(page, pageCount() - 1));
}

QString PresenterWindow::childMarker(Id childId)
{
    return QStringLiteral("<!--child:%1-->").arg(childId);
}

void PresenterWindow::showItem(int itemIndex)
{
    for (int h = int(m_households.size()) - 1; h >= 0; --h)
        if (m_households[h] <= itemIndex) {
            setHousehold(h);
            // The page that holds the operator's child (a household of five takes two).
            const Id child = m_agenda.items.value(itemIndex).childId;
            for (int p = 0; child && p < m_pages.size(); ++p)
                if (m_pages[p].contains(childMarker(child))) {
                    if (p != m_page)
                        setPage(p);
                    break;
                }
            return;
        }
}

void PresenterWindow::setHousehold(int index)
{
    if (index == m_current && index >= 0)
        return;
    m_current = index;
    m_page = 0;
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
    if (m_page + 1 < pageCount())
        setPage(m_page + 1);
    else if (m_current + 1 < m_households.size())
        setHousehold(m_current + 1);
}

void PresenterWindow::previous()
{
    if (m_page > 0) {
        setPage(m_page - 1);
    } else if (m_current > 0) {
        setHousehold(m_current - 1);
        setPage(pageCount() - 1); // back through the pages, as they came
    }
}

void PresenterWindow::setPage(int page)
{
    m_page = qBound(0, page, qMax(0, pageCount() - 1));
    m_body->setText(m_pages.value(m_page));
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
    case Qt::Key_Escape: // full screen: back to a window; a window: closed
        isFullScreen() ? showNormal() : void(close());
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

PresenterBlock PresenterWindow::childBlock(const CardChild &c) const
{
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    // As the agenda list says it: a baby in months, not "0 years".
    const QString ageText = ChildAge::text(c.dateOfBirth, today);
    PresenterBlock block;
    const QString name = m_privacy ? c.initials() : c.fullName();
    QString who = m_privacy
                      ? tr("%1, %2").arg(name, ageText)
                      : tr("%1, born %2 (%3)").arg(name, DateInput::format(c.dateOfBirth), ageText);
    QString h = QStringLiteral("<p style=\"font-size: %1pt; margin: 16px 0 0 0\"><b>%2</b>")
                    .arg(pt(34))
                    .arg(esc(who));
    if (c.escalated)
        h += QStringLiteral(
                 " <span style=\"background: #d50000; color: #ffffff\">&nbsp;%1&nbsp;</span>")
                 .arg(esc(tr("ESCALATION")));
    // A marker no one sees, so that the projection can turn to the page of the child the
    // operator is on.
    block.paragraphs << childMarker(c.id) + h + QStringLiteral("</p>");
    block.continued = QStringLiteral("<p style=\"font-size: %1pt; margin: 0\"><b>%2</b></p>")
                          .arg(pt(34))
                          .arg(esc(tr("%1, continued").arg(name)));
    const QString count = c.ppnsInWindow == 1
                              ? tr("1 PPN in the last 3 months")
                              : tr("%1 PPNs in the last 3 months").arg(c.ppnsInWindow);
    const QString total =
        c.ppns.size() == 1 ? tr("1 PPN in all") : tr("%1 PPNs in all").arg(c.ppns.size());
    block.paragraphs << QStringLiteral(
                            "<p style=\"margin: 4px 0 0 0; color: #ffd600\">%1 &middot; %2</p>")
                            .arg(esc(count), esc(total));
    const auto indented = [](const QStringList &lines, const char *colour = nullptr) {
        const QString style =
            colour ? QStringLiteral("; color: ") + QLatin1String(colour) : QString();
        return QStringLiteral("<p style=\"margin: 0 0 0 40px%1\">%2</p>")
            .arg(style, lines.join(QStringLiteral("<br>")));
    };
    QStringList ppns;
    for (int i = 0; i < c.ppns.size() && i < 4; ++i)
        ppns << esc(DateInput::format(c.ppns[i].incidentDate) + QStringLiteral("  ") +
                    c.ppns[i].policeReference + QStringLiteral("  ") +
                    (c.ppns[i].missingChild ? tr("missing child") : toString(c.ppns[i].risk)));
    if (!ppns.isEmpty())
        block.paragraphs << indented(ppns);
    QStringList decisions;
    for (int i = 0; i < c.decisions.size() && i < 2; ++i)
        decisions << esc(
            tr("Decided %1: %2")
                .arg(DateInput::format(c.decisions[i].decidedOn), c.decisions[i].outcome));
    if (!decisions.isEmpty())
        block.paragraphs << indented(decisions);
    QStringList actions;
    for (int i = 0; i < c.openActions.size() && i < 3; ++i)
        actions << esc(tr("Open action: %1 (%2, due %3)")
                           .arg(c.openActions[i].description, c.openActions[i].owner,
                                DateInput::format(c.openActions[i].dueOn)));
    if (!actions.isEmpty())
        block.paragraphs << indented(actions, "#80d8ff");
    // Partners' information is never projected in privacy mode (like the address).
    QStringList partners;
    for (int i = 0; !m_privacy && i < c.partners.size() && i < 3; ++i)
        partners << esc(tr("%1 (%2): %3")
                            .arg(c.partners[i].agency, DateInput::format(c.partners[i].knownOn),
                                 c.partners[i].information));
    if (!partners.isEmpty())
        block.paragraphs << indented(partners, "#b9f6ca");
    return block;
}

void PresenterWindow::render()
{
    m_blocks.clear();
    if (m_current < 0 || m_current >= m_households.size()) {
        m_title->setText(tr("No household to present"));
        m_blocks.append({{esc(tr("The agenda is empty."))}, {}});
        repaginate();
        tick();
        return;
    }
    const AgendaItem &item = m_agenda.items[m_households[m_current]];
    QString title = tr("Household %1 of %2").arg(m_current + 1).arg(m_households.size());
    if (!m_privacy && !m_card.address.isEmpty())
        title += QStringLiteral(": ") + m_card.address;
    m_title->setText(title);
    m_blocks.append({{QStringLiteral("<p style=\"color: #ffd600; margin: 0\">%1: %2</p>")
                          .arg(esc(sectionTitle(item.section)), esc(item.reason()))},
                     {}});
    for (const CardChild &c : m_card.children)
        m_blocks.append(childBlock(c));
    if (m_privacy)
        m_blocks.append(
            {{QStringLiteral("<p style=\"color: #9e9e9e; font-size: %1pt\">%2</p>")
                  .arg(pt(18))
                  .arg(esc(tr("Privacy mode: initials and ages only. Press P to show names.")))},
             {}});
    repaginate();
    tick();
}

void PresenterWindow::repaginate()
{
    const int width = m_bodyArea->width(), height = m_bodyArea->height();
    const auto heightOf = [this](const QString &html, int w) {
        m_measure->setText(html);
        return m_measure->heightForWidth(w);
    };
    QString all;
    for (const PresenterBlock &block : m_blocks)
        all += block.paragraphs.join(QString());
    // Not laid out yet (never shown): one page, cut again when the window has its size.
    if (height < 60 || heightOf(all, width) <= height) {
        m_pages = {all};
    } else {
        // Two columns a page, side by side: a projector is wide, and a child is tall.
        const int gap = 48, column = (width - gap) / 2;
        const auto columnsIn = [&](int h) {
            return cutIntoRuns(m_blocks,
                               [&](const QString &html) { return heightOf(html, column) <= h; });
        };
        QStringList columns = columnsIn(height);
        const int pages = int(columns.size() + 1) / 2;
        if (pages > 1)
            columns = columnsIn(height - heightOf(pageFooter(9, 9), width) - 4);
        m_pages.clear();
        for (int i = 0; i < columns.size(); i += 2)
            m_pages << QStringLiteral(
                           "<table cellspacing=\"0\" cellpadding=\"0\"><tr>"
                           "<td width=\"%1\" valign=\"top\">%2</td><td width=\"%3\"></td>"
                           "<td width=\"%1\" valign=\"top\">%4</td></tr></table>")
                           // One pass: a "%3" in a child's text is not a place to fill.
                           .arg(QString::number(column), columns[i], QString::number(gap),
                                columns.value(i + 1));
        if (m_pages.size() > 1)
            for (int i = 0; i < m_pages.size(); ++i)
                m_pages[i] += pageFooter(i + 1, int(m_pages.size()));
    }
    m_measure->clear();
    setPage(m_page);
}

QString PresenterWindow::pageFooter(int page, int pages) const
{
    const QString where =
        page < pages ? tr("Page %1 of %2: Right or Page Down for the rest of this household")
                     : tr("Page %1 of %2: Right for the next household, Left to go back");
    return QStringLiteral("<p style=\"color: #ffd600; margin: 16px 0 0 0\">%1</p>")
        .arg(esc(where.arg(page).arg(pages)));
}

void PresenterWindow::tick()
{
    const qint64 secs = m_onItem.elapsed() / 1000;
    const QString onItem = tr("On this item %1:%2")
                               .arg(secs / 60, 2, 10, QLatin1Char('0'))
                               .arg(secs % 60, 2, 10, QLatin1Char('0'));
    const QTime now = m_now();
    const int left = now.secsTo(m_end);
    // Before the meeting (the screen set up early), its end rather than "409 minutes left".
    const QString remaining =
        left > 90 * 60 ? tr("Ends at %1").arg(m_end.toString(QStringLiteral("HH:mm")))
        : left > 0 ? (left / 60 == 1 ? tr("1 minute left") : tr("%1 minutes left").arg(left / 60))
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
        if (l != m_measure && (l->isVisibleTo(this) || !m_blank))
            out += l->text() + QLatin1Char('\n');
    return out;
}

} // namespace enc::ui
