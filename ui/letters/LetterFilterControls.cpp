#include "LetterFilterControls.h"

#include "LettersNames.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace enc::ui {

namespace {
const char CodeProperty[] = "letterFilterCode";

// The codes of the ticked boxes, comma-separated; empty when every box is ticked (no choice).
QString ticked(const QList<QCheckBox *> &boxes, int *count)
{
    QStringList codes;
    for (const QCheckBox *b : boxes) {
        if (b->isChecked())
            codes << b->property(CodeProperty).toString();
    }
    *count = int(codes.size());
    return codes.size() == boxes.size() ? QString() : codes.join(QLatin1Char(','));
}

QHBoxLayout *row(const QList<QCheckBox *> &boxes)
{
    auto *layout = new QHBoxLayout;
    for (QCheckBox *b : boxes)
        layout->addWidget(b);
    layout->addStretch();
    return layout;
}
} // namespace

LetterFilterControls::LetterFilterControls(QWidget *page)
    : QObject(page), m_page(page), m_highRiskNote(new QLabel(page))
{
    const QString risk = QLatin1String(names::LettersRisk);
    m_risks = {box(tr("Standard"), "standard", true), box(tr("Medium"), "medium", true),
               box(tr("Not known"), "unknown", true)};
    for (QCheckBox *b : m_risks)
        b->setObjectName(risk + b->property(CodeProperty).toString());
    m_highRisk = box(tr("Include &high-risk PPNs"), "high", false);
    m_highRisk->setObjectName(QLatin1String(names::LettersHighRisk));
    connect(m_highRisk, &QCheckBox::toggled, this, &LetterFilterControls::updateNote);
    m_highRisk->setToolTip(
        tr("Operation Encompass is not the route for high risk: the MASH/Marac "
           "referral is. Tick only when a letter to the setting is wanted too."));
    m_highRiskNote->setObjectName(QLatin1String(names::LettersHighRiskNote));
    m_highRiskNote->setWordWrap(true);
    m_types = {box(tr("Domestic abuse"), "domestic-abuse", true),
               box(tr("Missing child"), "missing-child", true)};
    for (QCheckBox *b : m_types)
        b->setObjectName(QLatin1String(names::LettersType) + b->property(CodeProperty).toString());
    m_presences = {box(tr("Present"), "present", true), box(tr("Witnessed"), "witnessed", true),
                   box(tr("Resident, not present"), "resident", true),
                   box(tr("Not known"), "unknown", true)};
    for (QCheckBox *b : m_presences)
        b->setObjectName(QLatin1String(names::LettersPresence) +
                         b->property(CodeProperty).toString());
    showHighRisk(QList<HighRiskChild>{}, LetterKind::Notification);
}

QCheckBox *LetterFilterControls::box(const QString &text, const char *code, bool checked)
{
    auto *b = new QCheckBox(text, m_page);
    b->setProperty(CodeProperty, QString::fromLatin1(code));
    b->setChecked(checked);
    connect(b, &QCheckBox::toggled, this, &LetterFilterControls::changed);
    return b;
}

void LetterFilterControls::addRows(QFormLayout *form)
{
    auto *riskLabel = new QLabel(tr("&Risk:"), m_page);
    riskLabel->setBuddy(m_risks.first());
    auto *risk = new QVBoxLayout; // the note under the ticks: the reason beside the choice
    risk->setSpacing(2);
    risk->addLayout(row(m_risks + QList<QCheckBox *>{m_highRisk}));
    risk->addWidget(m_highRiskNote);
    form->addRow(riskLabel, risk);
    auto *typeLabel = new QLabel(tr("T&ype:"), m_page);
    typeLabel->setBuddy(m_types.first());
    form->addRow(typeLabel, row(m_types));
    auto *presenceLabel = new QLabel(tr("Pre&sence:"), m_page);
    presenceLabel->setBuddy(m_presences.first());
    presenceLabel->setToolTip(tr("The child's presence at the incident, as the PPN gives it."));
    form->addRow(presenceLabel, row(m_presences));
}

LetterFilter LetterFilterControls::filter(QString *problem) const
{
    LetterFilter filter;
    filter.includeHighRisk = m_highRisk->isChecked() || !m_highRisk->isEnabled();
    int count = 0;
    QString risks = ticked(m_risks, &count);
    if (count == 0 && !filter.includeHighRisk) {
        *problem = tr("Tick at least one risk.");
        return {};
    }
    if (!risks.isEmpty() || count == 0) // a choice among the risks: high risk when ticked
        filter.risks = *LetterFilters::risksFromCodes(
            filter.includeHighRisk ? risks + QStringLiteral(",high") : risks, nullptr);
    const QString types = ticked(m_types, &count);
    if (count == 0) {
        *problem = tr("Tick at least one type of PPN.");
        return {};
    }
    if (!types.isEmpty())
        filter.types = *LetterFilters::typesFromCodes(types, nullptr);
    const QString presences = ticked(m_presences, &count);
    if (count == 0) {
        *problem = tr("Tick at least one presence.");
        return {};
    }
    if (!presences.isEmpty())
        filter.presences = *LetterFilters::presencesFromCodes(presences, nullptr);
    return filter;
}

void LetterFilterControls::showHighRisk(const std::optional<QList<HighRiskChild>> &children,
                                        LetterKind kind)
{
    m_highRisk->setEnabled(LetterFilters::holdsHighRisk(kind));
    m_highRiskLooked = children.has_value();
    m_highRiskChildren.clear();
    m_highRiskPpns.clear();
    for (const HighRiskChild &c : children.value_or(QList<HighRiskChild>{})) {
        if (!m_highRiskChildren.contains(c.child))
            m_highRiskChildren << c.child;
        if (!m_highRiskPpns.contains(c.policeReference))
            m_highRiskPpns << c.policeReference;
    }
    updateNote();
}

void LetterFilterControls::updateNote()
{
    const bool flagged = m_highRisk->isEnabled() && !m_highRiskChildren.isEmpty();
    m_highRiskNote->setStyleSheet(flagged ? QStringLiteral("color: #a61b1b; font-weight: bold;")
                                          : QString());
    if (!m_highRisk->isEnabled()) {
        m_highRiskNote->setText(tr("A proforma's letters follow the meeting's decision: they go "
                                   "whatever the risk."));
        return;
    }
    if (!m_highRiskLooked) {
        m_highRiskNote->setText(
            tr("A high-risk PPN's letter is written only when ticked: Operation Encompass is not "
               "the route for high risk (MASH/Marac). Those held back are listed when the letters "
               "are written."));
        return;
    }
    if (!flagged) {
        m_highRiskNote->setText(
            tr("No high-risk PPN among these children. A high-risk PPN's letter is written only "
               "when ticked: Operation Encompass is not the route for high risk (MASH/Marac)."));
        return;
    }
    // A county's day can hold hundreds: the first few by name, the rest counted (all of them
    // are listed with the reason when the letters are written).
    constexpr int Named = 5;
    QString names = QStringList(m_highRiskChildren.mid(0, Named)).join(QStringLiteral(", "));
    if (m_highRiskChildren.size() > Named)
        names = tr("%1 and %2 more").arg(names).arg(m_highRiskChildren.size() - Named);
    const QString ppns = m_highRiskPpns.size() <= 3
                             ? tr("PPN %1").arg(m_highRiskPpns.join(QStringLiteral(", ")))
                             : tr("%1 PPNs").arg(m_highRiskPpns.size());
    const QString who = m_highRiskChildren.size() == 1
                            ? tr("High risk: %1 (%2).").arg(names, ppns)
                            : tr("High risk, %1 children: %2 (%3).")
                                  .arg(QString::number(m_highRiskChildren.size()), names, ppns);
    const QString route = tr("Operation Encompass is not the route for high risk: make sure the "
                             "MASH/Marac referral is made.");
    m_highRiskNote->setText(
        who + QLatin1Char(' ') + route + QLatin1Char(' ') +
        (m_highRisk->isChecked()
             ? tr("Ticked: their letters will be written too.")
             : tr("Their letters are written only when \"Include high-risk PPNs\" is ticked.")));
}

} // namespace enc::ui
