// SPDX-License-Identifier: MIT
#include "analysisdocument.h"

#include <QUndoCommand>

namespace Quadrant {

// Swaps between the definition before and after one edit.
class EditDefinitionCommand : public QUndoCommand
{
public:
    EditDefinitionCommand(AnalysisDocument *document,
                          const QJsonObject &before,
                          const QJsonObject &after,
                          const QString &description,
                          int mergeKey)
        : QUndoCommand(description)
        , m_document(document)
        , m_before(before)
        , m_after(after)
        , m_mergeKey(mergeKey)
        , m_run(document->editRun())
    {}

    void redo() override { m_document->apply(m_after); }
    void undo() override { m_document->apply(m_before); }
    // Qt merges only commands whose id() is equal and not -1.
    int id() const override { return m_mergeKey; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const EditDefinitionCommand *>(other);
        if (next->m_run != m_run || next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    AnalysisDocument *m_document;
    QJsonObject m_before, m_after;
    int m_mergeKey;
    int m_run;
};

AnalysisDocument::AnalysisDocument(const QString &name,
                                   const QJsonObject &definition,
                                   QObject *parent)
    : QObject(parent)
    , m_name(name)
    , m_definition(definition)
{}

// The stack announces its clean state while it is torn down, when whoever listens (a tab, its
// view) may already be half destroyed: it has nothing more to say by then.
AnalysisDocument::~AnalysisDocument()
{
    m_undo.blockSignals(true);
}

void AnalysisDocument::setName(const QString &name)
{
    if (name == m_name)
        return;
    m_name = name;
    emit nameChanged(name);
}

void AnalysisDocument::edit(const QJsonObject &definition, const QString &description, int mergeKey)
{
    if (definition == m_definition)
        return;
    m_undo.push(new EditDefinitionCommand(this, m_definition, definition, description, mergeKey));
}

void AnalysisDocument::apply(const QJsonObject &definition)
{
    m_definition = definition;
    emit definitionChanged();
}

} // namespace Quadrant
