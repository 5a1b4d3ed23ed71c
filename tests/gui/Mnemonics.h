#pragma once

// Alt+letter clashes: no two visible controls of a window share a mnemonic (a button, a
// label with a buddy, a group box, and whatever the caller adds, such as the menus).

#include <QAbstractButton>
#include <QGroupBox>
#include <QHash>
#include <QKeySequence>
#include <QLabel>
#include <QStringList>
#include <QWidget>

namespace enc::test {

// The first clash under root ("Alt+S is both "&Surname" and "&Save""), empty when none;
// *count receives the mnemonics seen. seen holds those already taken (the menus).
inline QString mnemonicClash(QWidget *root, QHash<QString, QString> seen = {}, int *count = nullptr)
{
    int n = 0;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root))
            continue;
        QString text;
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            text = b->text();
        else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
            text = l->text();
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            text = g->title();
        const QString keys = QKeySequence::mnemonic(text).toString();
        if (keys.isEmpty())
            continue;
        ++n;
        if (seen.contains(keys))
            return QStringLiteral("%1 is both \"%2\" and \"%3\"").arg(keys, seen.value(keys), text);
        seen.insert(keys, text);
    }
    if (count)
        *count = n;
    return {};
}

// Labels whose Alt+letter leads nowhere: the buddy takes no focus (a composite widget that only
// passes focus on through a proxy must still accept it). Their texts, empty when none.
inline QStringList mnemonicDeadEnds(QWidget *root)
{
    QStringList out;
    for (QLabel *l : root->findChildren<QLabel *>())
        if (l->isVisibleTo(root) && l->buddy() && !QKeySequence::mnemonic(l->text()).isEmpty() &&
            l->buddy()->focusPolicy() == Qt::NoFocus)
            out << l->text();
    return out;
}

// Labels that show their "&" as it is: a mnemonic written in a plain-text label with no buddy
// (a form row whose field is a layout makes one). Their texts, empty when none.
inline QStringList literalAmpersands(QWidget *root)
{
    QStringList out;
    for (QLabel *l : root->findChildren<QLabel *>())
        if (l->isVisibleTo(root) && !l->buddy() && l->textFormat() != Qt::RichText &&
            !Qt::mightBeRichText(l->text()) && !QKeySequence::mnemonic(l->text()).isEmpty())
            out << l->text();
    return out;
}

} // namespace enc::test
