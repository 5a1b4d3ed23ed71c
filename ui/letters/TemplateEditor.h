#pragma once

#include "letters/LetterKind.h"
#include "letters/Placeholders.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QTabWidget;
class QTextEdit;
class QToolBar;
class QPushButton;
class QTextBrowser;

namespace enc {
class Database;
}

namespace enc::ui {

// Edits the office's letter templates: as formatted text (bold, italic, underline, lists,
// headings, placeholders inserted from a menu) or as its HTML, the two kept in step; a
// preview filled with invented values; and every saved version. Saving refuses a
// placeholder outside the allow-list and names it.
class TemplateEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TemplateEditor(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    // Saves the text as a new version; returns the error shown, or empty when saved.
    QString save();
    QPlainTextEdit *source() const { return m_source; }
    QTextEdit *design() const { return m_design; }
    QToolBar *toolBar() const { return m_tools; }
    // Inserts {field} at the design view's cursor.
    void insertPlaceholder(const QString &field);

private:
    void loadKind();
    void offerFields(LetterKind kind);
    void loadVersion();
    void updatePreview();
    void designEdited();
    void sourceEdited();

    Database *m_db = nullptr;
    QComboBox *m_kind;
    QComboBox *m_version;
    QLineEdit *m_name;
    QPlainTextEdit *m_source;
    QTextEdit *m_design;
    QTabWidget *m_tabs;
    QToolBar *m_tools;
    bool m_syncing = false;
    QTextBrowser *m_preview;
    QLabel *m_message;
    QPushButton *m_save;
    QMenu *m_fields;
    QComboBox *m_previewType; // the preview's child: domestic abuse or a missing child
    LetterFieldOptions m_options;
};

} // namespace enc::ui
