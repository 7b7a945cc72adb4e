// SPDX-License-Identifier: MIT
#include "daterangeeditor.h"

#include "analysis/calendar.h"
#include "analysis/eventindex.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Quadrant {

DateRangeEditor::DateRangeEditor(const QString &label, QWidget *parent)
    : QWidget(parent)
    , m_limit(new QCheckBox(label, this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
{
    m_limit->setObjectName(QStringLiteral("dateRangeEnabled"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_limit);
    auto *dates = new QHBoxLayout;
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setTimeSpec(Qt::UTC);
        edit->setMinimumWidth(100);
        edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        edit->setEnabled(false);
    }
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("and"), this), 0);
    dates->addWidget(m_to);
    layout->addLayout(dates);
    connect(m_limit, &QCheckBox::toggled, this, &DateRangeEditor::emitRange);
    connect(m_from, &QDateEdit::dateChanged, this, &DateRangeEditor::emitRange);
    connect(m_to, &QDateEdit::dateChanged, this, &DateRangeEditor::emitRange);
}

void DateRangeEditor::setRange(std::optional<qint64> fromMs,
                               std::optional<qint64> toMs,
                               const EventIndex *index)
{
    m_setting = true;
    const bool limited = fromMs.has_value() || toMs.has_value();
    m_limit->setChecked(limited);
    m_from->setEnabled(limited);
    m_to->setEnabled(limited);
    const bool known = index && index->eventCount() > 0;
    const qint64 first = known ? index->firstEventTime() : QDateTime::currentMSecsSinceEpoch();
    const qint64 last = known ? index->lastEventTime() : first;
    m_from->setDate(QDateTime::fromMSecsSinceEpoch(fromMs.value_or(first), Qt::UTC).date());
    m_to->setDate(QDateTime::fromMSecsSinceEpoch(toMs ? *toMs - 1 : last, Qt::UTC).date());
    m_setting = false;
}

void DateRangeEditor::emitRange()
{
    const bool on = m_limit->isChecked();
    m_from->setEnabled(on);
    m_to->setEnabled(on);
    if (m_setting)
        return;
    if (!on) {
        emit rangeEdited(std::nullopt, std::nullopt);
        return;
    }
    const qint64 from = QDateTime(m_from->date(), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 to = QDateTime(m_to->date().addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    emit rangeEdited(from, std::max(to, from + Calendar::msPerDay));
}

} // namespace Quadrant
