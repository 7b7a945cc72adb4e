// SPDX-License-Identifier: MIT
// The registry of analysis kinds: each kind adds itself from its own .cpp (KindRegistration in
// analysiskind.h), so that this file knows none of them.
#include "analysiskind.h"

#include <QtGlobal>

#include <algorithm>

namespace Quadrant {

namespace {

QVector<const AnalysisKindEngine *> &registry()
{
    static QVector<const AnalysisKindEngine *> kinds;
    return kinds;
}

} // namespace

void AnalysisKinds::add(const AnalysisKindEngine *kind)
{
    QVector<const AnalysisKindEngine *> &kinds = registry();
    for (const AnalysisKindEngine *known : kinds)
        if (known->id() == kind->id())
            qFatal("two analysis kinds are registered as '%s'", qPrintable(kind->id()));
    const auto at = std::upper_bound(kinds.begin(),
                                     kinds.end(),
                                     kind,
                                     [](const AnalysisKindEngine *a, const AnalysisKindEngine *b) {
                                         return a->menuOrder() < b->menuOrder();
                                     });
    kinds.insert(at, kind);
}

const QVector<const AnalysisKindEngine *> &AnalysisKinds::all()
{
    return registry();
}

const AnalysisKindEngine *AnalysisKinds::find(const QString &id)
{
    for (const AnalysisKindEngine *kind : all())
        if (kind->id() == id)
            return kind;
    return nullptr;
}

const AnalysisKindEngine *AnalysisKinds::of(const QJsonObject &definition)
{
    return find(definition.value(QStringLiteral("kind")).toString());
}

} // namespace Quadrant
