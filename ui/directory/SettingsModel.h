#pragma once

#include "DirectoryModel.h"

#include <QDate>
#include <QHash>

namespace enc::ui {

// The settings directory as a table: one row per early-years setting, school or team.
class SettingsModel : public DirectoryModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Type,
        Urn,
        Area,
        Dsl,
        DslEmail,
        Deputy,
        DeputyEmail,
        Phone,
        ContactsVerified,
        ColumnCount
    };
    // FilterRole folds the name, URN and area.
    enum Role
    {
        // True when the contacts were never verified or not for over 12 months.
        ContactsStaleRole = FirstOwnRole
    };

    explicit SettingsModel(QObject *parent = nullptr);

    void setDatabase(Database *db) override;
    void setShowArchived(bool show);
    void setShowPutAway(bool show) override { setShowArchived(show); }
    bool showArchived() const { return m_showArchived; }
    // The day "older than 12 months" is measured from (today unless a test sets it).
    void setToday(QDate today);
    // Re-reads the settings; an error leaves the rows empty and is returned.
    QString reload() override;

    const Setting *settingAt(int row) const;
    int rowOf(Id settingId) const override;
    QString areaName(Id areaId) const { return m_areas.value(areaId); }
    bool contactsStale(const Setting &s) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString display(const Setting &s, int column) const;

    Database *m_db = nullptr;
    bool m_showArchived = false;
    QDate m_today;
    QList<Setting> m_rows;
    QHash<Id, QString> m_areas;
};

} // namespace enc::ui
