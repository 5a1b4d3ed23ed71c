#include "PartnerBox.h"

#include "MeetingNames.h"
#include "domain/DateInput.h"
#include "repo/PartnerInfos.h"

namespace enc::ui {

PartnerBox::PartnerBox(QWidget *parent) : QLabel(parent)
{
    setObjectName(QLatin1String(names::PartnerBox));
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleSheet(QStringLiteral("background:#eef6ff;padding:4px;"));
    // The form keeps its width whatever the text: it wraps instead.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    hide();
}

void PartnerBox::setChild(Id childId)
{
    QList<PartnerInfo> infos;
    if (m_db && childId) {
        if (auto all = PartnerInfos(*m_db).forChild(childId))
            infos = *all;
    }
    setVisible(!infos.isEmpty());
    if (infos.isEmpty()) {
        clear();
        return;
    }
    QString html =
        QStringLiteral("<b>%1</b>")
            .arg(tr("What partners know (not on the projector in privacy mode)").toHtmlEscaped());
    QStringList tips;
    constexpr int Shown = 4; // the rest in the tooltip and on the record
    for (const PartnerInfo &i : infos) {
        const QString who = i.person.isEmpty() ? i.agency : tr("%1, %2").arg(i.agency, i.person);
        const QString line =
            tr("%1 (%2): %3").arg(who, DateInput::format(i.knownOn), i.information);
        if (tips.size() < Shown)
            html += QStringLiteral("<br>") + line.toHtmlEscaped();
        tips << line;
    }
    if (tips.size() > Shown)
        html += QStringLiteral("<br><i>%1</i>")
                    .arg(tr("and %1 more: see the child's record").arg(tips.size() - Shown));
    setText(html);
    setToolTip(tips.join(QLatin1Char('\n')));
}

} // namespace enc::ui
