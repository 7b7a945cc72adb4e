// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <optional>

class QCheckBox;
class QDateEdit;

namespace Quadrant {

// "As of": unchecked, the measures are taken at the end of the project's last day with data;
// checked, at the end of the day chosen (to re-make a report for a past date).
class AsOfEditor : public QWidget
{
    Q_OBJECT
public:
    explicit AsOfEditor(QWidget *parent = nullptr);
    // Shows a day (00:00 UTC in ms) or none, without emitting edited().
    void setDay(std::optional<qint64> dayMs);
    // The day shown while unchecked: the one the measures were taken at.
    void setDefaultDay(qint64 dayMs);

signals:
    void edited(std::optional<qint64> dayMs);

private:
    void emitEdited();

    QCheckBox *m_enabled;
    QDateEdit *m_date;
    bool m_setting = false;
};

} // namespace Quadrant
