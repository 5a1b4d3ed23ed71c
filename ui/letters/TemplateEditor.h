#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace enc {
class Database;
}

namespace enc::ui {

// Edits the office's letter templates: the HTML with its placeholders, a preview filled
// with invented values, and every saved version. Saving refuses a placeholder outside the
// allow-list and names it.
class TemplateEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TemplateEditor(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    // Saves the text as a new version; returns the error shown, or empty when saved.
    QString save();
    QPlainTextEdit *source() const { return m_source; }

private:
    void loadKind();
    void loadVersion();
    void updatePreview();

    Database *m_db = nullptr;
    QComboBox *m_kind;
    QComboBox *m_version;
    QLineEdit *m_name;
    QPlainTextEdit *m_source;
    QTextBrowser *m_preview;
    QLabel *m_message;
    QPushButton *m_save;
};

} // namespace enc::ui
