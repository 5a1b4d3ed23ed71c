#include "OfficeOptionsDialog.h"

#include "repo/OptionCatalog.h"
#include "repo/Options.h"
#include "storage/Access.h"
#include "storage/Database.h"
#include "widgets/FormMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace enc::ui {

namespace {

using Kind = OptionSpec::Kind;

QString dayName(int day)
{
    return QLocale(QLocale::English).dayName(day);
}

// The editor for one option, holding its stored value.
QWidget *makeField(const OptionSpec &spec, const QString &value, QWidget *parent)
{
    switch (spec.kind) {
    case Kind::Integer: {
        auto *box = new QSpinBox(parent);
        box->setRange(spec.min, spec.max);
        box->setValue(value.toInt());
        return box;
    }
    case Kind::Boolean: {
        auto *box = new QCheckBox(spec.label, parent);
        box->setChecked(value == QLatin1String("1"));
        return box;
    }
    case Kind::Time: {
        auto *edit = new QTimeEdit(QTime::fromString(value, QStringLiteral("HH:mm")), parent);
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
        return edit;
    }
    case Kind::Weekday: {
        auto *box = new QComboBox(parent);
        for (int d = 1; d <= 7; ++d)
            box->addItem(dayName(d), d);
        box->setCurrentIndex(std::clamp(value.toInt(), 1, 7) - 1);
        return box;
    }
    case Kind::Weekdays: {
        auto *row = new QWidget(parent);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        const QStringList on = value.split(QLatin1Char(','));
        for (int d = 1; d <= 7; ++d) {
            auto *box =
                new QCheckBox(QLocale(QLocale::English).dayName(d, QLocale::ShortFormat), row);
            box->setObjectName(QStringLiteral("day%1").arg(d));
            box->setChecked(on.contains(QString::number(d)));
            layout->addWidget(box);
        }
        layout->addStretch(1);
        return row;
    }
    case Kind::DayTimes: { // as a person writes it, "Friday 10:00-12:00"
        auto *edit = new QLineEdit(OptionCatalog::display(spec, value), parent);
        edit->setPlaceholderText(OfficeOptionsDialog::tr("None; e.g. Fri 10:00-12:30"));
        return edit;
    }
    case Kind::Text:
    case Kind::Email:
        if (spec.multiLine) {
            auto *edit = new QPlainTextEdit(value, parent);
            edit->setTabChangesFocus(true);
            edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4);
            return edit;
        }
        return new QLineEdit(value, parent);
    }
    return new QLineEdit(value, parent);
}

} // namespace

OfficeOptionsDialog::OfficeOptionsDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_message(formMessage(this)),
      m_save(new QPushButton(tr("&Save"), this))
{
    setWindowTitle(tr("Office options"));
    const QHash<QString, QString> values = Options(db.sql()).catalogValues();
    auto *inner = new QWidget(this);
    auto *form = new QFormLayout(inner);
    for (const OptionSpec &spec : OptionCatalog::all()) {
        QWidget *editor = makeField(spec, values.value(spec.key), inner);
        editor->setObjectName(spec.key);
        editor->setToolTip(spec.help);
        editor->setWhatsThis(spec.help);
        m_fields.insert(spec.key, editor);
        if (spec.kind == Kind::Boolean)
            form->addRow(QString(), editor);
        else
            form->addRow(spec.label + QLatin1Char(':'), editor);
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    auto *layout = new QVBoxLayout(this);
    if (!Access::can(db.sql(), Access::Right::Options)) {
        auto *note = new QLabel(tr("Only an administrator can change the office's options."), this);
        note->setWordWrap(true);
        layout->addWidget(note);
        inner->setEnabled(false);
        m_save->setEnabled(false);
    }
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    // Wide enough for the week's days side by side: no sideways scrolling.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    resize(std::max(560, inner->sizeHint().width() + 48), 640);
}

QString OfficeOptionsDialog::valueOf(const QString &key) const
{
    QWidget *w = m_fields.value(key);
    if (auto *spin = qobject_cast<QSpinBox *>(w))
        return QString::number(spin->value());
    if (auto *check = qobject_cast<QCheckBox *>(w))
        return check->isChecked() ? QStringLiteral("1") : QStringLiteral("0");
    if (auto *time = qobject_cast<QTimeEdit *>(w))
        return time->time().toString(QStringLiteral("HH:mm"));
    if (auto *combo = qobject_cast<QComboBox *>(w))
        return combo->currentData().toString();
    if (auto *line = qobject_cast<QLineEdit *>(w))
        return line->text();
    if (auto *text = qobject_cast<QPlainTextEdit *>(w))
        return text->toPlainText();
    QStringList days;
    for (int d = 1; d <= 7; ++d)
        if (auto *box = w->findChild<QCheckBox *>(QStringLiteral("day%1").arg(d));
            box && box->isChecked())
            days << QString::number(d);
    return days.join(QLatin1Char(','));
}

bool OfficeOptionsDialog::save()
{
    QHash<QString, QString> values;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        values.insert(it.key(), valueOf(it.key()));
    const Status s = Options::change(m_db, values);
    if (s) {
        m_message->hide();
        return true;
    }
    m_message->setText(s.errorText());
    m_message->show();
    if (QWidget *w = m_fields.value(s.error().field)) {
        w->setFocus();
        if (auto *first = w->findChild<QCheckBox *>())
            first->setFocus();
    }
    return false;
}

} // namespace enc::ui
