// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/eventmatcher.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QVBoxLayout;

namespace Quadrant {

class AnalysisRunner;
class ProjectSession;

// The conditions of one funnel step, a row each: an event property, "is" or "is not", and a
// value chosen from the values the project holds for it (read off the GUI thread) or typed.
class StepFilterDialog : public QDialog
{
    Q_OBJECT
public:
    StepFilterDialog(ProjectSession *session, const EventSelector &step, QWidget *parent = nullptr);

    // The step with the conditions as edited; nullopt (with the reason in the dialog) when a
    // value cannot be written in a step ("&" and "]" separate conditions).
    std::optional<EventSelector> selector() const;
    int rowCount() const { return int(m_rows.size()); }
    void addRow(const EventFilter &filter = EventFilter());
    void removeRow(int row);
    QComboBox *propertyBox(int row) const { return m_rows.value(row).property; }
    QComboBox *operatorBox(int row) const { return m_rows.value(row).op; }
    QComboBox *valueBox(int row) const { return m_rows.value(row).value; }
    AnalysisRunner *runner() const { return m_runner; }

    void accept() override;

private:
    struct Row
    {
        QWidget *widget = nullptr;
        QComboBox *property = nullptr;
        QComboBox *op = nullptr;
        QComboBox *value = nullptr;
    };
    void loadValues(QComboBox *valueBox, const QString &property);

    QPointer<ProjectSession> m_session;
    EventSelector m_step;
    QVector<Row> m_rows;
    QVBoxLayout *m_rowLayout;
    QLabel *m_problem;
    AnalysisRunner *m_runner;
};

} // namespace Quadrant
