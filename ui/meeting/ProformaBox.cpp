#include "ProformaBox.h"

#include "child/ProformaNames.h"
#include "commands/Editor.h"
#include "domain/DateInput.h"
#include "repo/Proformas.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace enc::ui {

namespace {
// The outcome code of "Proforma to setting" in the controlled list.
const QString ProformaOutcome = QStringLiteral("proforma");
} // namespace

ProformaBox::ProformaBox(QWidget *parent)
    : QWidget(parent), m_text(new QLabel(this)),
      m_review(new QCheckBox(tr("Record this decision as the proforma's re&view"), this)),
      m_request(new QCheckBox(tr("Re&quest the proforma from the setting"), this))
{
    setObjectName(QLatin1String(names::ProformaBox));
    m_review->setObjectName(QLatin1String(names::ProformaReviewCheck));
    m_request->setObjectName(QLatin1String(names::ProformaRequestCheck));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setStyleSheet(QStringLiteral("background:#eef4fb;padding:4px;border-radius:3px;"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_review);
    layout->addWidget(m_request);
    hide();
}

void ProformaBox::setItem(Id childId, AgendaSection section)
{
    m_childId = childId;
    m_section = section;
    m_outcome.clear();
    m_toReview = {};
    m_awaited = {};
    if (m_db && childId) {
        Proformas proformas(*m_db);
        if (auto p = proformas.toReviewFor(childId))
            m_toReview = *p;
        if (auto p = proformas.awaitedFor(childId))
            m_awaited = *p;
    }
    m_review->setChecked(section == AgendaSection::TrackingReview && m_toReview.id);
    m_request->setChecked(true);
    update();
}

void ProformaBox::setOutcome(const QString &code)
{
    m_outcome = code;
    update();
}

void ProformaBox::update()
{
    QStringList lines;
    if (m_toReview.id) {
        // Two lines where the form is short of height (a laptop): the summary, then the voice.
        lines << tr("Proforma returned %1: %2")
                     .arg(DateInput::format(m_toReview.returnedOn), m_toReview.summary);
        lines << tr("Voice of the child: %1")
                     .arg(m_toReview.voiceOfChild.isEmpty() ? tr("(not recorded)")
                                                            : m_toReview.voiceOfChild);
    } else if (m_awaited.id && m_section == AgendaSection::TrackingReview) {
        lines << tr("Proforma requested on %1, due back %2: not returned.")
                     .arg(DateInput::format(m_awaited.sentOn), DateInput::format(m_awaited.dueOn));
        if (m_awaited.chaseCount > 0)
            lines << tr("Chases: %1, the last on %2.")
                         .arg(m_awaited.chaseCount)
                         .arg(DateInput::format(m_awaited.chasedOn));
        else
            lines << tr("Not chased yet.");
    }
    const bool canRequest = m_outcome == ProformaOutcome && !m_awaited.id;
    if (m_outcome == ProformaOutcome && m_awaited.id)
        lines << tr("A proforma requested on %1 is still awaited: no new request.")
                     .arg(DateInput::format(m_awaited.sentOn));
    m_text->setText(lines.join(QLatin1Char('\n')));
    m_text->setToolTip(m_text->text()); // whole, where a short screen clips the last line
    m_text->setVisible(!lines.isEmpty());
    m_review->setVisible(m_toReview.id != 0);
    m_request->setVisible(canRequest);
    setVisible(!lines.isEmpty() || canRequest);
}

QString ProformaBox::apply(Editor &editor, Id meetingId, QDate date, const QString &decisionText)
{
    QStringList notes;
    if (m_review->isVisible() && m_review->isChecked() && m_toReview.id) {
        if (Status s = editor.reviewProforma(m_toReview, meetingId, date, decisionText); !s)
            notes << tr("The proforma's review was not recorded: %1").arg(s.errorText());
        else
            notes << tr("Proforma reviewed.");
    }
    if (m_request->isVisible() && m_request->isChecked()) {
        auto saved = editor.requestProforma(m_childId, date);
        if (!saved)
            notes << tr("No proforma was requested: %1").arg(saved.errorText());
        else if (auto p = Proformas(*m_db).get(saved->id))
            notes << tr("Proforma requested, due back %1: write the request letter on the "
                        "Letters page.")
                         .arg(DateInput::format(p->dueOn));
    }
    return notes.join(QLatin1Char('\n'));
}

} // namespace enc::ui
