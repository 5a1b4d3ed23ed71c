#pragma once

#include "Result.h"
#include "domain/Records.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace enc::ui {

class FieldMessage;

// Adds or edits one meeting member: name, role, agency, email and how often they attend.
// An agency typed that is not in the list is created on save. The "Agency is police" box shows
// what is recorded for a known agency and sets it on save (a new agency, or a correction).
// OK closes only when the save worked.
class MemberDialog : public QDialog
{
    Q_OBJECT
public:
    using Saver = std::function<Status(MemberDialog &)>;

    explicit MemberDialog(QWidget *parent = nullptr);

    void setAgencies(const QList<Agency> &agencies);
    // Fills the form from a stored member (id 0 for a new one).
    void setMember(const Member &member, const QString &agencyName);
    // The values typed, carrying the id and version of the member edited. agencyId is
    // left as loaded: the saver resolves agencyName().
    Member member() const;
    QString agencyName() const;
    // True when the agency typed is not one already known (compared ignoring case).
    bool isNewAgency() const;
    // Whether the agency (new or known) is to be marked as police.
    bool policeAgency() const;
    bool isNew() const { return m_original.id == 0; }
    void setSaver(Saver saver) { m_saver = std::move(saver); }

    // Puts an error by its field (Error::field as core names it), or at the foot.
    void showError(const Error &error);
    // The message shown for a field ("name", "email", ...); empty when none.
    QString messageFor(const QString &field) const;
    void clearMessages();

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *roleEdit() const { return m_role; }
    QComboBox *agencyBox() const { return m_agency; }
    QCheckBox *policeBox() const { return m_police; }
    QLineEdit *emailEdit() const { return m_email; }
    QComboBox *attendsBox() const { return m_attends; }
    QCheckBox *activeBox() const { return m_active; }
    QDialogButtonBox *buttonBox() const { return m_buttons; }

public slots:
    void accept() override;

private:
    void updatePolice();
    FieldMessage *message(const QString &field) const;
    QWidget *widgetFor(const QString &field) const;

    Member m_original;
    Saver m_saver;
    QList<Agency> m_agencies;
    QLineEdit *m_name;
    QLineEdit *m_role;
    QComboBox *m_agency;
    QCheckBox *m_police;
    QLineEdit *m_email;
    QComboBox *m_attends;
    QCheckBox *m_active;
    QDialogButtonBox *m_buttons;
    QList<FieldMessage *> m_messages;
};

} // namespace enc::ui
