// SPDX-License-Identifier: MIT
#pragma once

#include "daterangeeditor.h"
#include "document/analysisdocument.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace Quadrant {

// A view's definition as its typed query: read from the document, and edited as one undo step
// (Codec: FunnelJson, TrendJson, ... with fromJson and toJson). While the view sets its
// controls from the definition (sync), the edits their signals would make are ignored.
template<typename Query, typename Codec>
class QueryEditor
{
public:
    explicit QueryEditor(AnalysisDocument *document)
        : m_document(document)
    {}

    Query query() const
    {
        return Codec::fromJson(m_document->definition(), nullptr).value_or(Query());
    }

    void
    edit(const std::function<void(Query &)> &change, const QString &description, int mergeKey = -1)
    {
        if (m_syncing)
            return;
        Query query = this->query();
        change(query);
        m_document->edit(Codec::toJson(query), description, mergeKey);
    }

    // Runs fill(query) with edits ignored: the controls follow the definition.
    void sync(const std::function<void(const Query &)> &fill)
    {
        m_syncing = true;
        fill(query());
        m_syncing = false;
    }
    bool syncing() const { return m_syncing; }

    // The query's day range [*from, *to) follows `dates`: each change is one undo step.
    void editDatesWith(DateRangeEditor *dates,
                       std::optional<qint64> Query::*from,
                       std::optional<qint64> Query::*to,
                       const QString &description)
    {
        QObject::connect(dates,
                         &DateRangeEditor::rangeEdited,
                         dates,
                         [this, from, to, description](std::optional<qint64> fromMs,
                                                       std::optional<qint64> toMs) {
                             edit(
                                 [&](Query &query) {
                                     query.*from = fromMs;
                                     query.*to = toMs;
                                 },
                                 description);
                         });
    }

private:
    AnalysisDocument *m_document;
    bool m_syncing = false;
};

} // namespace Quadrant
