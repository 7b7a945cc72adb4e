// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QTableView>

#include <vector>

namespace Quadrant {

class AnalysisRunner;
class ProjectSession;
class RecordTableModel;

// A list of persons shown with their account, number of events and first and last day seen
// (read off the GUI thread). Activating a row (double-click, Enter) asks for that person's
// timeline.
class PersonTable : public QTableView
{
    Q_OBJECT
public:
    explicit PersonTable(QWidget *parent = nullptr);

    // Shows up to `limit` of `persons` (dense indexes of the session's index).
    void setPersons(ProjectSession *session, const std::vector<int> &persons, int limit);
    QStringList personIds() const; // as listed, in order
    // The selected rows (all of them when none is selected) as tab-separated text with a header,
    // as Ctrl+C puts it on the clipboard for a spreadsheet or an e-mail.
    QString selectedText() const;
    RecordTableModel *tableModel() const { return m_model; }
    AnalysisRunner *runner() const { return m_runner; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

signals:
    void personActivated(const QString &userId);

private:
    RecordTableModel *m_model;
    AnalysisRunner *m_runner;
};

} // namespace Quadrant
