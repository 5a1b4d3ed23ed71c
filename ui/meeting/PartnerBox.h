#pragma once

#include "domain/Records.h"

#include <QLabel>

namespace enc {
class Database;
}

namespace enc::ui {

// On the operator's decision form (never projected): what partner agencies know of the child
// being heard, added to the child's record before the meeting. Hidden when nothing is known.
class PartnerBox : public QLabel
{
    Q_OBJECT
public:
    explicit PartnerBox(QWidget *parent = nullptr);

    void setDatabase(Database *db) { m_db = db; }
    void setChild(Id childId);

private:
    Database *m_db = nullptr;
};

} // namespace enc::ui
