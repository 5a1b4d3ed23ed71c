#pragma once

#include "storage/AuditLog.h"

#include <QAbstractTableModel>

namespace enc {
class Database;
}

namespace enc::ui {

// The audit trail, newest first, read a page at a time as the view scrolls (keyset paging on
// the entry id, so the millionth entry costs what the first does).
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        When,
        User,
        Action,
        Child,
        What,
        ColumnCount
    };
    enum Role
    {
        EntryIdRole = Qt::UserRole + 1,
        ChildIdRole
    };
    static constexpr int PageSize = 200;

    explicit AuditModel(QObject *parent = nullptr);
    void setDatabase(Database *db);
    void setFilter(const AuditLog::Filter &filter);
    const AuditLog::Filter &filter() const { return m_filter; }
    // Reads the first page again (the filter or the data changed).
    void reload();
    // How many entries match the filter (all pages).
    qint64 matching() const { return m_matching; }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    Database *m_db = nullptr;
    AuditLog::Filter m_filter;
    // Reads the names a page's entries refer to, and puts the page's sentences in m_what.
    void describe(const QList<AuditLog::Entry> &page);

    QList<AuditLog::Entry> m_rows;
    QStringList m_what; // what each row records, in words (built a page at a time)
    bool m_more = false;
    bool m_fetching = false;
    qint64 m_matching = 0;
    QString m_error;
};

} // namespace enc::ui
