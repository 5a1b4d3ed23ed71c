#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace enc {
class Database;
}

namespace enc::ui {

// Children with no known setting, per area: exported (CSV or .xlsx) for children's services
// to fill in, and the filled sheet imported back to set each child's setting.
class NoSettingPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NoSettingPanel(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    void refresh();
    // Export the list shown to a file chosen by the user (xlsx: the .xlsx format).
    void exportList(bool xlsx);
    void importFilled();
    QTableWidget *view() const { return m_view; }

signals:
    // Settings were set on children.
    void changed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QString area() const;
    void reload();

    Database *m_db = nullptr;
    QComboBox *m_area;
    QTableWidget *m_view;
    QLabel *m_message;
    bool m_stale = true;
};

} // namespace enc::ui
