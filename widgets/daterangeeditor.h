// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <optional>

class QCheckBox;
class QDateEdit;

namespace Quadrant {

class EventIndex;

// "Only between [from] and [to]": a check box and two UTC day pickers, the way every analysis
// limits its dates. Ranges are [from 00:00, the day after to 00:00) in ms, as DayRangeJson keeps
// them; unchecked means the whole project. While unchecked the pickers show the project's span.
class DateRangeEditor : public QWidget
{
    Q_OBJECT
public:
    explicit DateRangeEditor(const QString &label, QWidget *parent = nullptr);

    // Shows a range without emitting rangeEdited.
    void
    setRange(std::optional<qint64> fromMs, std::optional<qint64> toMs, const EventIndex *index);
    QCheckBox *checkBox() const { return m_limit; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

signals:
    // The person changed the range (nullopt, nullopt: no limit).
    void rangeEdited(std::optional<qint64> fromMs, std::optional<qint64> toMs);

private:
    void emitRange();

    QCheckBox *m_limit;
    QDateEdit *m_from;
    QDateEdit *m_to;
    bool m_setting = false;
};

} // namespace Quadrant
