#pragma once

#include "DirectoryModel.h"

#include <QHash>

namespace enc::ui {

// The meeting's members as a table: who they are, their agency and how often they attend.
class MembersModel : public DirectoryModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Role,
        Agency,
        Email,
        Attends,
        Active,
        ColumnCount
    };
    // FilterRole folds the name, role and agency.

    explicit MembersModel(QObject *parent = nullptr);

    void setDatabase(Database *db) override;
    void setShowInactive(bool show);
    void setShowPutAway(bool show) override { setShowInactive(show); }
    bool showInactive() const { return m_showInactive; }
    // Re-reads the members; an error leaves the rows empty and is returned.
    QString reload() override;

    const Member *memberAt(int row) const;
    int rowOf(Id memberId) const override;
    QString agencyName(Id agencyId) const { return m_agencies.value(agencyId).name; }

    // "Always", "Monthly" or "Optional", as people read it.
    static QString commitmentText(MemberCommitment c);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString display(const Member &m, int column) const;

    Database *m_db = nullptr;
    bool m_showInactive = false;
    QList<Member> m_rows;
    QHash<Id, enc::Agency> m_agencies;
};

} // namespace enc::ui
