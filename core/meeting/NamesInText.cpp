#include "NamesInText.h"

namespace enc {

namespace {

// Text folded for comparison (lower case, accents and other marks dropped, each run of
// spaces one space), with the index in the original of each folded character.
struct Folded
{
    QString text;
    QList<qsizetype> from;
};

Folded fold(const QString &s)
{
    Folded out;
    bool space = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isSpace()) {
            space = !out.text.isEmpty();
            continue;
        }
        if (space) {
            out.text += QLatin1Char(' ');
            out.from.append(i);
            space = false;
        }
        const QString parts = QString(c).normalized(QString::NormalizationForm_KD).toCaseFolded();
        for (const QChar p : parts)
            if (p.category() != QChar::Mark_NonSpacing) {
                out.text += p;
                out.from.append(i);
            }
    }
    return out;
}

bool wordAt(const QString &s, qsizetype i)
{
    return i >= 0 && i < s.size() && s.at(i).isLetterOrNumber();
}

} // namespace

QString NamesInText::Name::initials() const
{
    QString out;
    for (const QString &part : {forename.trimmed(), surname.trimmed()})
        if (!part.isEmpty())
            out += part.at(0).toUpper();
    return out;
}

QList<NamesInText::Hit> NamesInText::find(const QString &text, const QList<Name> &names)
{
    const Folded folded = fold(text);
    QList<Hit> hits;
    QList<bool> taken(folded.text.size(), false);
    for (int n = 0; n < names.size(); ++n) {
        const QString name = fold(names[n].fullName()).text;
        if (name.isEmpty() || !name.contains(QLatin1Char(' ')))
            continue; // a forename or surname alone is not a full name
        for (qsizetype at = folded.text.indexOf(name); at >= 0;
             at = folded.text.indexOf(name, at + 1)) {
            const qsizetype end = at + name.size();
            if (wordAt(folded.text, at - 1) || wordAt(folded.text, end) ||
                std::any_of(taken.begin() + at, taken.begin() + end, [](bool t) { return t; }))
                continue;
            std::fill(taken.begin() + at, taken.begin() + end, true);
            const qsizetype start = folded.from[at];
            qsizetype stop = folded.from[end - 1] + 1;
            while (stop < text.size() && text.at(stop).category() == QChar::Mark_NonSpacing)
                ++stop; // an accent typed as a mark of its own goes with its letter
            hits.append({start, stop - start, n});
        }
    }
    std::sort(hits.begin(), hits.end(),
              [](const Hit &a, const Hit &b) { return a.start < b.start; });
    return hits;
}

QString NamesInText::initialsFor(const QString &text, const QList<Name> &names)
{
    QString out = text;
    const QList<Hit> hits = find(text, names);
    for (auto it = hits.crbegin(); it != hits.crend(); ++it)
        out.replace(it->start, it->length, names[it->name].initials());
    return out;
}

} // namespace enc
