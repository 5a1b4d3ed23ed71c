#pragma once

// liborcus hands a workbook over cell by cell; this factory keeps only what the import
// needs: each sheet's name and its cells as text (formulas as their cached results).

#include <QList>
#include <QMap>
#include <QString>

#include <orcus/spreadsheet/import_interface.hpp>

#include <memory>
#include <vector>

namespace enc {

class XlsxSheetFactory : public orcus::spreadsheet::iface::import_factory
{
public:
    struct Sheet
    {
        QString name;
        QMap<int, QMap<int, QString>> rows; // row -> column -> text (0-based)
    };
    struct Workbook
    {
        QList<Sheet> sheets;
    };

    // Thrown through liborcus when the workbook goes past an ImportLimits bound; message
    // names the file (fileName) and the bound.
    struct LimitExceeded
    {
        QString message;
    };

    explicit XlsxSheetFactory(QString fileName = {});
    ~XlsxSheetFactory() override;

    // The cells read, with shared strings resolved.
    Workbook takeWorkbook();

    orcus::spreadsheet::iface::import_shared_strings *get_shared_strings() override;
    orcus::spreadsheet::iface::import_reference_resolver *
    get_reference_resolver(orcus::spreadsheet::formula_ref_context_t context) override;
    orcus::spreadsheet::iface::import_sheet *append_sheet(orcus::spreadsheet::sheet_t index,
                                                          std::string_view name) override;
    orcus::spreadsheet::iface::import_sheet *get_sheet(std::string_view name) override;
    orcus::spreadsheet::iface::import_sheet *get_sheet(orcus::spreadsheet::sheet_t index) override;
    void finalize() override {}

    class Bounds;
    class Strings;
    class SheetSink;
    class Resolver;

private:
    std::unique_ptr<Bounds> m_bounds;
    std::unique_ptr<Strings> m_strings;
    std::unique_ptr<Resolver> m_resolver;
    std::vector<std::unique_ptr<SheetSink>> m_sheets;
};

} // namespace enc
