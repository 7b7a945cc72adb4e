// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>

namespace Quadrant {

// Stable pseudonyms for a demo copy: every value added to a space ("person", "account", ...)
// gets one pseudonym, the same wherever the value appears, and different values get different
// ones. Numbers are handed out in the order of a keyed hash, so a pseudonym says nothing about
// the value, its position or its neighbours, and two copies made with different keys cannot be
// matched up.
class PseudonymBook
{
public:
    // "person-%1": the number, zero-padded to the width of the space's largest number.
    using Format = std::function<QString(const QString &paddedNumber)>;

    explicit PseudonymBook(QByteArray key);

    void defineSpace(const QString &space, Format format);
    // Before assign(): a value of the space to give a pseudonym. Empty values keep being empty.
    void add(const QString &space, const QString &value);
    void assign();

    // The value's pseudonym; the value itself when it was never added.
    QString pseudonym(const QString &space, const QString &value) const;
    bool contains(const QString &space, const QString &value) const;
    qsizetype size(const QString &space) const;

private:
    struct Space
    {
        Format format;
        QHash<QString, QString> pseudonyms; // value -> pseudonym (empty until assign())
    };
    QByteArray m_key;
    QHash<QString, Space> m_spaces;
};

} // namespace Quadrant
