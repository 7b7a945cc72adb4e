// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QUndoStack>

namespace Quadrant {

// One analysis being edited in the workbench: its name, its definition (the JSON kept in
// saved_analyses) and the undo stack of every edit made to it. Views never change the
// definition directly; they describe an edit and the document pushes it as an undo command.
class AnalysisDocument : public QObject
{
    Q_OBJECT
public:
    AnalysisDocument(const QString &name, const QJsonObject &definition, QObject *parent = nullptr);
    ~AnalysisDocument() override;

    QString name() const { return m_name; }
    void setName(const QString &name);
    QString kind() const { return m_definition.value(QStringLiteral("kind")).toString(); }
    QJsonObject definition() const { return m_definition; }
    QUndoStack *undoStack() { return &m_undo; }

    // Replaces the definition as one undoable step named `description`. Consecutive edits with
    // the same mergeKey (>= 0) in one edit run become a single step: a slider dragged through
    // forty values is undone at once. endEditRun() (slider released) starts a new run.
    void edit(const QJsonObject &definition, const QString &description, int mergeKey = -1);
    void endEditRun() { ++m_editRun; }
    int editRun() const { return m_editRun; }

    // Saved state: the project holds what the stack's clean index points at.
    bool isModified() const { return !m_undo.isClean(); }
    void markSaved() { m_undo.setClean(); }

signals:
    void definitionChanged();
    void nameChanged(const QString &name);

private:
    friend class EditDefinitionCommand;
    void apply(const QJsonObject &definition);

    QString m_name;
    QJsonObject m_definition;
    QUndoStack m_undo;
    int m_editRun = 0;
};

} // namespace Quadrant
