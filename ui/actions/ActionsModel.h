#pragma once

#include "domain/Records.h"

#include <QAbstractTableModel>
#include <QDate>

namespace enc {
class Database;
}

namespace enc::ui {

// Actions across all children: open ones, overdue first; or those completed lately.
class ActionsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Child,
        Description,
        Owner,
        Due,
        State,
        ColumnCount
    };
    enum class Show
    {
        Overdue,
        DueThisWeek,
        AllOpen,
        CompletedLately
    };
    enum Role
    {
        ActionIdRole = Qt::UserRole + 1,
        ChildIdRole
    };

    explicit ActionsModel(QObject *parent = nullptr);
    void setDatabase(Database *db);
    void setShow(Show show);
    Show show() const { return m_show; }
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Id actionId = 0;
        Id childId = 0;
        QString child;
        QString description;
        QString owner;
        QDate due;
        QDate completed;
    };
    Database *m_db = nullptr;
    Show m_show = Show::Overdue;
    QDate m_today;
    QList<Row> m_rows;
};

} // namespace enc::ui
