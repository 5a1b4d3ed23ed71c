#include "AgendaItemDelegate.h"

#include "AgendaListModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

namespace enc::ui {

namespace {

constexpr int HMargin = 8;
constexpr int VMargin = 5;
constexpr int LineGap = 2;
constexpr int IconSize = 16;
constexpr int TextFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                            a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

// The height of text wrapped at width: one line for most rows, measured without wrapping.
int textHeight(const QFontMetrics &fm, const QString &text, int width)
{
    // A pixel to spare: drawn text may wrap where its advance just fits.
    if (width <= 0 || fm.horizontalAdvance(text) < width - 1)
        return fm.height();
    return fm.boundingRect(QRect(0, 0, width, 1 << 20), TextFlags, text).height();
}

QFont bold(QFont f, qreal scale = 1)
{
    f.setBold(true);
    if (scale != 1)
        f.setPointSizeF(f.pointSizeF() * scale);
    return f;
}

} // namespace

AgendaItemDelegate::AgendaItemDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view), m_view(view)
{}

void AgendaItemDelegate::clearSizes()
{
    m_heights.clear();
}

int AgendaItemDelegate::tagWidth() const
{
    return IconSize + 4 + QFontMetrics(bold(m_view->font())).horizontalAdvance(tr("ESCALATION")) +
           HMargin;
}

int AgendaItemDelegate::textWidth(bool escalation) const
{
    return m_view->viewport()->width() - 2 * HMargin - (escalation ? tagWidth() : 0);
}

QSize AgendaItemDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &index) const
{
    const int width = m_view->viewport()->width();
    const int rows = index.model()->rowCount();
    if (width != m_width || m_heights.size() != rows) {
        m_width = width;
        m_heights.fill(0, rows);
    }
    int &height = m_heights[index.row()];
    if (height)
        return {width, height};
    const QFont font = m_view->font();
    if (index.data(AgendaListModel::HeadingRole).toBool()) {
        height = QFontMetrics(bold(font, 1.15)).height() + 2 * VMargin + 6;
    } else {
        const int w = textWidth(index.data(AgendaListModel::EscalationRole).toBool());
        height =
            2 * VMargin + LineGap +
            textHeight(QFontMetrics(bold(font)), index.data(AgendaListModel::TitleRole).toString(),
                       w) +
            textHeight(QFontMetrics(font), index.data(AgendaListModel::DetailRole).toString(), w);
    }
    return {width, height};
}

void AgendaItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    const QPalette &pal = option.palette;
    const QFont font = m_view->font();
    painter->save();
    if (index.data(AgendaListModel::HeadingRole).toBool()) {
        // A bar across the list, set off from the items above it.
        const QRect bar = option.rect.adjusted(0, 6, 0, 0);
        painter->fillRect(option.rect, pal.color(QPalette::Active, QPalette::Base));
        // Active colours: a heading cannot be chosen, but it is not greyed out.
        painter->fillRect(bar, blend(pal.color(QPalette::Active, QPalette::Window),
                                     pal.color(QPalette::Active, QPalette::Dark), 0.45));
        painter->setPen(pal.color(QPalette::Active, QPalette::WindowText));
        painter->setFont(bold(font, 1.15));
        painter->drawText(bar.adjusted(HMargin, 0, -HMargin, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          index.data().toString());
        painter->restore();
        return;
    }
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor base = pal.color(QPalette::Base);
    // Every other household shaded (each row also names its household).
    const QColor background = selected ? pal.color(group, QPalette::Highlight)
                              : index.data(AgendaListModel::ShadedRole).toBool()
                                  ? blend(base, pal.color(QPalette::Dark), 0.16)
                                  : base;
    painter->fillRect(option.rect, background);
    const QVariant dim = index.data(Qt::ForegroundRole);
    const QColor text = selected        ? pal.color(group, QPalette::HighlightedText)
                        : dim.isValid() ? dim.value<QColor>()
                                        : pal.color(group, QPalette::Text);
    QRect r = option.rect.adjusted(HMargin, VMargin, -HMargin, -VMargin);
    if (index.data(AgendaListModel::EscalationRole).toBool()) {
        const QIcon icon = m_view->style()->standardIcon(QStyle::SP_MessageBoxWarning);
        icon.paint(painter, QRect(r.topLeft(), QSize(IconSize, IconSize)));
        painter->setFont(bold(font));
        painter->setPen(selected ? text : QColor(0xa0, 0x10, 0x10));
        painter->drawText(QRect(r.left() + IconSize + 4, r.top(), tagWidth(), r.height()),
                          Qt::AlignLeft | Qt::AlignTop, tr("ESCALATION"));
        r.setLeft(r.left() + tagWidth());
    }
    painter->setPen(text);
    painter->setFont(bold(font));
    QRect used;
    painter->drawText(r, TextFlags, index.data(AgendaListModel::TitleRole).toString(), &used);
    r.setTop(used.bottom() + 1 + LineGap);
    painter->setFont(font);
    painter->drawText(r, TextFlags, index.data(AgendaListModel::DetailRole).toString());
    if (option.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(option);
        focus.backgroundColor = background;
        m_view->style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, m_view);
    }
    painter->restore();
}

} // namespace enc::ui
