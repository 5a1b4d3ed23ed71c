#include "import/XlsxSheetFactory.h"

#include "import/ImportLimits.h"

#include <QCoreApplication>
#include <QDate>
#include <QTime>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace enc {

namespace ss = orcus::spreadsheet;

namespace {

QString fromView(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Numbers as a person would type them: no exponent for whole numbers, no trailing zeros.
QString numberText(double value)
{
    if (!std::isfinite(value))
        return {};
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

// A shared string id waiting to be resolved once every string has been read.
const QChar SharedMarker(0xE000);

QString tr(const char *text)
{
    return QCoreApplication::translate("enc::XlsxSheetFactory", text);
}

} // namespace

// The ImportLimits bounds as a workbook is read: each throws LimitExceeded past its bound.
class XlsxSheetFactory::Bounds
{
public:
    explicit Bounds(QString fileName) : m_fileName(std::move(fileName)) {}

    void text(size_t size) const
    {
        if (size > size_t(ImportLimits::MaxCellChars))
            fail(tr("%1: a cell is longer than %2 characters, far beyond any police field. "
                    "Check it is the right file.")
                     .arg(m_fileName, ImportLimits::number(ImportLimits::MaxCellChars)));
    }
    // One more cell (or shared string) read.
    void cell()
    {
        if (++m_cells > ImportLimits::MaxCells) {
            fail(tr("%1 has more than %2 cells, the most the import reads from one workbook. "
                    "Check it is the right file, or split it.")
                     .arg(m_fileName, ImportLimits::number(ImportLimits::MaxCells)));
        }
    }
    void place(qsizetype rows, ss::col_t col) const
    {
        if (rows > ImportLimits::MaxRows + 1) {
            fail(tr("%1 has more than %2 rows, the most the import reads from one sheet. Check "
                    "it is the right file, or split it.")
                     .arg(m_fileName, ImportLimits::number(ImportLimits::MaxRows)));
        }
        if (col >= ImportLimits::MaxColumns) {
            fail(tr("%1: a row has more than %2 columns, far beyond a police export. Check it "
                    "is the right file.")
                     .arg(m_fileName, ImportLimits::number(ImportLimits::MaxColumns)));
        }
    }

private:
    [[noreturn]] static void fail(const QString &message)
    {
        throw XlsxSheetFactory::LimitExceeded{message};
    }
    QString m_fileName;
    qint64 m_cells = 0;
};

class XlsxSheetFactory::Strings : public ss::iface::import_shared_strings
{
public:
    explicit Strings(Bounds &bounds) : m_bounds(bounds) {}
    size_t append(std::string_view s) override
    {
        m_bounds.text(s.size());
        m_bounds.cell();
        values.push_back(fromView(s));
        return values.size() - 1;
    }
    size_t add(std::string_view s) override { return append(s); }
    void set_segment_font(size_t) override {}
    void set_segment_bold(bool) override {}
    void set_segment_italic(bool) override {}
    void set_segment_font_name(std::string_view) override {}
    void set_segment_font_size(double) override {}
    void set_segment_font_color(ss::color_elem_t, ss::color_elem_t, ss::color_elem_t,
                                ss::color_elem_t) override
    {}
    void append_segment(std::string_view s) override
    {
        m_bounds.text(size_t(segments.size()) + s.size());
        segments += fromView(s);
    }
    size_t commit_segments() override
    {
        m_bounds.cell();
        values.push_back(segments);
        segments.clear();
        return values.size() - 1;
    }

    std::vector<QString> values;
    QString segments;

private:
    Bounds &m_bounds;
};

// Cell addresses in A1 form ("B12", "$B$12", "Sheet!B12"), as the sheet XML names cells.
class XlsxSheetFactory::Resolver : public ss::iface::import_reference_resolver
{
public:
    ss::src_address_t resolve_address(std::string_view address) override
    {
        ss::src_address_t out{0, 0, 0};
        if (const size_t bang = address.rfind('!'); bang != std::string_view::npos)
            address.remove_prefix(bang + 1);
        size_t i = 0;
        long column = 0;
        long row = 0;
        if (i < address.size() && address[i] == '$')
            ++i;
        for (; i < address.size() && std::isalpha(uchar(address[i])); ++i)
            column = std::min(column * 26 + (std::toupper(uchar(address[i])) - 'A' + 1), 1L << 20);
        if (i < address.size() && address[i] == '$')
            ++i;
        for (; i < address.size() && std::isdigit(uchar(address[i])); ++i)
            row = std::min(row * 10 + (address[i] - '0'), 1L << 21);
        out.column = ss::col_t(std::max(0L, column - 1));
        out.row = ss::row_t(std::max(0L, row - 1));
        return out;
    }
    ss::src_range_t resolve_range(std::string_view range) override
    {
        const size_t colon = range.find(':');
        if (colon == std::string_view::npos) {
            const ss::src_address_t a = resolve_address(range);
            return {a, a};
        }
        return {resolve_address(range.substr(0, colon)), resolve_address(range.substr(colon + 1))};
    }
};

class XlsxSheetFactory::SheetSink : public ss::iface::import_sheet
{
    class Formula : public ss::iface::import_formula
    {
    public:
        explicit Formula(SheetSink &sheet) : m_sheet(sheet) {}
        void set_position(ss::row_t row, ss::col_t col) override
        {
            m_row = row;
            m_col = col;
            m_result.clear();
        }
        void set_formula(ss::formula_grammar_t, std::string_view) override {}
        void set_shared_formula_index(size_t) override {}
        void set_result_string(std::string_view value) override { m_result = fromView(value); }
        void set_result_value(double value) override { m_result = numberText(value); }
        void set_result_bool(bool value) override
        {
            m_result = value ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        }
        void set_result_empty() override { m_result.clear(); }
        void commit() override
        {
            if (!m_result.isEmpty())
                m_sheet.put(m_row, m_col, m_result);
        }

    private:
        SheetSink &m_sheet;
        ss::row_t m_row = 0;
        ss::col_t m_col = 0;
        QString m_result;
    };

public:
    SheetSink(QString name, Bounds &bounds) : m_formula(*this), m_bounds(bounds)
    {
        sheet.name = std::move(name);
    }

    void put(ss::row_t row, ss::col_t col, const QString &text)
    {
        if (row < 0 || col < 0 || text.isEmpty())
            return;
        m_bounds.text(size_t(text.size()));
        m_bounds.cell();
        auto &cells = sheet.rows[row];
        m_bounds.place(sheet.rows.size(), col);
        cells.insert(col, text);
    }

    ss::iface::import_formula *get_formula() override { return &m_formula; }
    void set_auto(ss::row_t row, ss::col_t col, std::string_view s) override
    {
        put(row, col, fromView(s));
    }
    void set_string(ss::row_t row, ss::col_t col, ss::string_id_t sindex) override
    {
        put(row, col, SharedMarker + QString::number(sindex));
    }
    void set_value(ss::row_t row, ss::col_t col, double value) override
    {
        put(row, col, numberText(value));
    }
    void set_bool(ss::row_t row, ss::col_t col, bool value) override
    {
        put(row, col, value ? QStringLiteral("TRUE") : QStringLiteral("FALSE"));
    }
    void set_date_time(ss::row_t row, ss::col_t col, int year, int month, int day, int hour,
                       int minute, double second) override
    {
        const QDate date(year, month, day);
        QString text = date.toString(QStringLiteral("yyyy-MM-dd"));
        if (hour != 0 || minute != 0 || second != 0.0)
            text += QLatin1Char(' ') + QTime(hour, minute).toString(QStringLiteral("HH:mm"));
        put(row, col, text);
    }
    void set_format(ss::row_t, ss::col_t, size_t) override {}
    void set_format(ss::row_t, ss::col_t, ss::row_t, ss::col_t, size_t) override {}
    void fill_down_cells(ss::row_t srcRow, ss::col_t srcCol, ss::row_t size) override
    {
        const QString value = sheet.rows.value(srcRow).value(srcCol);
        for (ss::row_t r = 1; r <= size && r < 1048576; ++r)
            put(srcRow + r, srcCol, value);
    }
    ss::range_size_t get_sheet_size() const override { return {1048576, 16384}; }

    Sheet sheet;

private:
    Formula m_formula;
    Bounds &m_bounds;
};

XlsxSheetFactory::XlsxSheetFactory(QString fileName)
    : m_bounds(std::make_unique<Bounds>(std::move(fileName))),
      m_strings(std::make_unique<Strings>(*m_bounds)), m_resolver(std::make_unique<Resolver>())
{}

ss::iface::import_reference_resolver *
XlsxSheetFactory::get_reference_resolver(ss::formula_ref_context_t)
{
    return m_resolver.get();
}

XlsxSheetFactory::~XlsxSheetFactory() = default;

ss::iface::import_shared_strings *XlsxSheetFactory::get_shared_strings()
{
    return m_strings.get();
}

ss::iface::import_sheet *XlsxSheetFactory::append_sheet(ss::sheet_t, std::string_view name)
{
    m_sheets.push_back(std::make_unique<SheetSink>(fromView(name), *m_bounds));
    return m_sheets.back().get();
}

ss::iface::import_sheet *XlsxSheetFactory::get_sheet(std::string_view name)
{
    const QString wanted = fromView(name);
    for (auto &s : m_sheets) {
        if (s->sheet.name == wanted)
            return s.get();
    }
    return nullptr;
}

ss::iface::import_sheet *XlsxSheetFactory::get_sheet(ss::sheet_t index)
{
    if (index < 0 || size_t(index) >= m_sheets.size())
        return nullptr;
    return m_sheets[size_t(index)].get();
}

XlsxSheetFactory::Workbook XlsxSheetFactory::takeWorkbook()
{
    Workbook book;
    for (auto &s : m_sheets) {
        for (auto &row : s->sheet.rows) {
            for (auto &cell : row) {
                if (!cell.startsWith(SharedMarker))
                    continue;
                const auto id = size_t(QStringView(cell).mid(1).toULongLong());
                cell = id < m_strings->values.size() ? m_strings->values[id] : QString();
            }
        }
        book.sheets.append(std::move(s->sheet));
    }
    m_sheets.clear();
    return book;
}

} // namespace enc
