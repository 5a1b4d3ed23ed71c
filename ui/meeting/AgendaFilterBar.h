#pragma once

#include "AgendaListModel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace enc::ui {

// Above the agenda list: narrow it to a section, an area or a name, id or police reference,
// and how many items are shown of how many.
class AgendaFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit AgendaFilterBar(QWidget *parent = nullptr);

    // The choices offered (sections with their counts, the agenda's areas), keeping the
    // ones made where they still exist; call after the model's items change.
    void update(const AgendaListModel &model);
    AgendaFilter filter() const;
    // Shows the whole agenda again (another meeting opened).
    void clear();

    QComboBox *sectionBox() const { return m_section; }
    QComboBox *areaBox() const { return m_area; }
    QLineEdit *textBox() const { return m_text; }

signals:
    // The operator changed the filter.
    void changed();

private:
    QComboBox *m_section;
    QComboBox *m_area;
    QLineEdit *m_text;
    QLabel *m_count;
};

} // namespace enc::ui
