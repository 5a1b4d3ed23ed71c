#pragma once

#include "letters/LetterFilter.h"

#include <QObject>
#include <QStringList>

#include <optional>

class QCheckBox;
class QFormLayout;
class QLabel;
class QWidget;

namespace enc::ui {

// The letters page's choice of which children get a letter: the PPN's risk (high risk only
// when ticked deliberately, with the reason beside it), its type and the child's presence.
class LetterFilterControls : public QObject
{
    Q_OBJECT
public:
    explicit LetterFilterControls(QWidget *page);

    // Adds the risk, type and presence rows and the high-risk note to the page's form.
    void addRows(QFormLayout *form);
    // The filter as ticked; *problem is set (and the filter empty) when a row has no tick.
    LetterFilter filter(QString *problem) const;
    // Flags the children on high-risk PPNs among those chosen (none: says why they would be
    // held back; nullopt: not looked for, they are listed when the letters are written); for a
    // document of a kind that is not held back, says so and greys out the tick.
    void showHighRisk(const std::optional<QList<HighRiskChild>> &children, LetterKind kind);

signals:
    void changed();

private:
    QCheckBox *box(const QString &text, const char *name, bool checked);
    void updateNote();

    QWidget *m_page;
    QList<QCheckBox *> m_risks; // standard, medium, not known
    QCheckBox *m_highRisk;
    QLabel *m_highRiskNote;
    bool m_highRiskLooked = false;  // false: the choice is too large to look before writing
    QStringList m_highRiskChildren; // of the children chosen, with the PPNs' references
    QStringList m_highRiskPpns;
    QList<QCheckBox *> m_types;
    QList<QCheckBox *> m_presences;
};

} // namespace enc::ui
