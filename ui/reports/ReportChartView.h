#pragma once

#include "reports/ReportTable.h"

#include <QChartView>

namespace enc::ui {

// One report table drawn as a chart (bars or a line), and saved as PNG or SVG.
class ReportChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ReportChartView(const ReportTable &table, QWidget *parent = nullptr);

    QString key() const { return m_key; }
    // Number of values drawn (bars or points), for tests.
    int valueCount() const { return m_values; }
    // Saves the chart at its current size; returns an error message or empty.
    QString savePng(const QString &path);
    QString saveSvg(const QString &path);

private:
    QString m_key;
    QString m_title;
    int m_values = 0;
};

} // namespace enc::ui
