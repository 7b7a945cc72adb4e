// SPDX-License-Identifier: MIT
#include "asofeditor.h"

#include "analysis/calendar.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>

namespace Quadrant {

AsOfEditor::AsOfEditor(QWidget *parent)
    : QWidget(parent)
    , m_enabled(new QCheckBox(tr("As of"), this))
    , m_date(new QDateEdit(this))
{
    m_enabled->setObjectName(QStringLiteral("asOfEnabled"));
    m_enabled->setToolTip(tr("Unchecked: as of the last day with an event, a deal or an NPS "
                             "answer"));
    m_date->setObjectName(QStringLiteral("asOfDate"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setTimeSpec(Qt::UTC);
    m_date->setDateRange(QDate(1900, 1, 1), QDate(2200, 12, 31));
    m_date->setEnabled(false);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_enabled);
    row->addWidget(m_date, 1);
    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        m_date->setEnabled(on);
        emitEdited();
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (m_enabled->isChecked())
            emitEdited();
    });
}

void AsOfEditor::setDay(std::optional<qint64> dayMs)
{
    m_setting = true;
    m_enabled->setChecked(dayMs.has_value());
    m_date->setEnabled(dayMs.has_value());
    if (dayMs)
        m_date->setDate(QDateTime::fromMSecsSinceEpoch(*dayMs, Qt::UTC).date());
    m_setting = false;
}

void AsOfEditor::setDefaultDay(qint64 dayMs)
{
    if (m_enabled->isChecked())
        return;
    m_setting = true;
    m_date->setDate(QDateTime::fromMSecsSinceEpoch(dayMs, Qt::UTC).date());
    m_setting = false;
}

void AsOfEditor::emitEdited()
{
    if (m_setting)
        return;
    if (!m_enabled->isChecked()) {
        emit edited(std::nullopt);
        return;
    }
    emit edited(Calendar::parseDate(m_date->date().toString(Qt::ISODate)));
}

} // namespace Quadrant
