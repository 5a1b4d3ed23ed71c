#pragma once

#include <QDialog>
#include <QHash>

class QLabel;
class QPushButton;

namespace enc {
class Database;
}

namespace enc::ui {

// Tools > Office options...: the office's rules (OptionCatalog), one field each with what it
// means. Save changes them all or none, each audited; a refused value is named and its field
// takes the focus. Administrators change them; anyone else reads them.
class OfficeOptionsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OfficeOptionsDialog(Database &db, QWidget *parent = nullptr);

    // The editor of an option's value, by key (tests, and the focus after a refusal).
    QWidget *field(const QString &key) const { return m_fields.value(key); }
    QLabel *message() const { return m_message; }
    // Stores what the fields hold; false (the message shown) when refused.
    bool save();

private:
    QString valueOf(const QString &key) const;

    Database &m_db;
    QHash<QString, QWidget *> m_fields;
    QLabel *m_message;
    QPushButton *m_save;
};

} // namespace enc::ui
