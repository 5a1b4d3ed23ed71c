#pragma once

#include "domain/Records.h"

#include <QAbstractTableModel>

namespace enc {
class Database;
}

namespace enc::ui {

// What a directory page (members, settings) needs of its table model.
class DirectoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum ItemRole
    {
        IdRole = Qt::UserRole + 1,
        // The row's searchable text folded for matching (TextKey), for the filter box.
        FilterRole,
        // A value that sorts as a person expects (dates as dates, names ignoring case).
        SortRole,
        FirstOwnRole
    };

    using QAbstractTableModel::QAbstractTableModel;

    virtual void setDatabase(Database *db) = 0;
    // Re-reads the rows; an error leaves the rows empty and is returned.
    virtual QString reload() = 0;
    // The row of the record with this id, -1 when it is not listed.
    virtual int rowOf(Id id) const = 0;
    // Whether records put away (inactive members, archived settings) are listed too.
    virtual void setShowPutAway(bool show) = 0;
};

} // namespace enc::ui
