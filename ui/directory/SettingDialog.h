#pragma once

#include "Result.h"
#include "domain/Records.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace enc::ui {

class DateField;
class FieldMessage;

// Adds or edits one setting: names, URN, area, the DSL and deputy contacts and when they
// were last verified. OK saves through the saver and closes only when the save worked;
// otherwise the message appears by the field concerned and nothing is saved.
class SettingDialog : public QDialog
{
    Q_OBJECT
public:
    using Saver = std::function<Status(SettingDialog &)>;

    explicit SettingDialog(QWidget *parent = nullptr);

    // Names offered in the area box; a name typed that is not here becomes a new area.
    void setAreas(const QStringList &names);
    void setTypes(const QStringList &types);
    // Fills the form from a stored setting (id 0 for a new one).
    void setSetting(const Setting &setting, const QString &areaName);
    // The values typed, carrying the id and version of the setting edited. areaId is left
    // as loaded: the saver resolves areaName().
    Setting setting() const;
    QString areaName() const;
    bool isNew() const { return m_original.id == 0; }
    void setSaver(Saver saver) { m_saver = std::move(saver); }

    // Puts an error by its field (Error::field as core names it), or at the foot.
    void showError(const Error &error);
    // The message shown for a field ("name", "dsl_email", ...); empty when none.
    QString messageFor(const QString &field) const;
    void clearMessages();

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *typeBox() const { return m_type; }
    QLineEdit *urnEdit() const { return m_urn; }
    QComboBox *areaBox() const { return m_area; }
    QLineEdit *dslNameEdit() const { return m_dslName; }
    QLineEdit *dslEmailEdit() const { return m_dslEmail; }
    QLineEdit *deputyNameEdit() const { return m_deputyName; }
    QLineEdit *deputyEmailEdit() const { return m_deputyEmail; }
    QLineEdit *phoneEdit() const { return m_phone; }
    DateField *verifiedField() const { return m_verified; }
    QDialogButtonBox *buttonBox() const { return m_buttons; }

public slots:
    void accept() override;

private:
    FieldMessage *message(const QString &field) const;
    QWidget *widgetFor(const QString &field) const;

    Setting m_original;
    Saver m_saver;
    QLineEdit *m_name;
    QComboBox *m_type;
    QLineEdit *m_urn;
    QComboBox *m_area;
    QLineEdit *m_dslName;
    QLineEdit *m_dslEmail;
    QLineEdit *m_deputyName;
    QLineEdit *m_deputyEmail;
    QLineEdit *m_phone;
    DateField *m_verified;
    QPushButton *m_verifiedToday;
    QDialogButtonBox *m_buttons;
    QList<FieldMessage *> m_messages;
};

} // namespace enc::ui
