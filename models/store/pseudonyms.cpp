// SPDX-License-Identifier: MIT
#include "pseudonyms.h"

#include <QMessageAuthenticationCode>

#include <algorithm>
#include <utility>
#include <vector>

namespace Quadrant {

PseudonymBook::PseudonymBook(QByteArray key)
    : m_key(std::move(key))
{}

void PseudonymBook::defineSpace(const QString &space, Format format)
{
    m_spaces[space].format = std::move(format);
}

void PseudonymBook::add(const QString &space, const QString &value)
{
    if (value.isEmpty())
        return;
    auto found = m_spaces.find(space);
    Q_ASSERT_X(found != m_spaces.end(), "PseudonymBook::add", "undefined space");
    if (found != m_spaces.end())
        found->pseudonyms.insert(value, QString());
}

void PseudonymBook::assign()
{
    for (auto space = m_spaces.begin(); space != m_spaces.end(); ++space) {
        std::vector<std::pair<QByteArray, QString>> order;
        order.reserve(size_t(space->pseudonyms.size()));
        for (auto value = space->pseudonyms.cbegin(); value != space->pseudonyms.cend(); ++value) {
            QMessageAuthenticationCode code(QCryptographicHash::Sha256, m_key);
            code.addData(space.key().toUtf8());
            code.addData("\0", 1);
            code.addData(value.key().toUtf8());
            order.emplace_back(code.result(), value.key());
        }
        std::sort(order.begin(), order.end());
        const int width = std::max(4, int(QString::number(qsizetype(order.size())).size()));
        for (size_t i = 0; i < order.size(); ++i)
            space->pseudonyms[order[i].second] = space->format(
                QStringLiteral("%1").arg(qsizetype(i + 1), width, 10, QLatin1Char('0')));
    }
}

QString PseudonymBook::pseudonym(const QString &space, const QString &value) const
{
    const auto found = m_spaces.constFind(space);
    if (found == m_spaces.cend())
        return value;
    const QString pseudonym = found->pseudonyms.value(value);
    return pseudonym.isEmpty() ? value : pseudonym;
}

bool PseudonymBook::contains(const QString &space, const QString &value) const
{
    const auto found = m_spaces.constFind(space);
    return found != m_spaces.cend() && found->pseudonyms.contains(value);
}

qsizetype PseudonymBook::size(const QString &space) const
{
    const auto found = m_spaces.constFind(space);
    return found == m_spaces.cend() ? 0 : found->pseudonyms.size();
}

} // namespace Quadrant
