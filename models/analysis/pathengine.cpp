// SPDX-License-Identifier: MIT
#include "pathengine.h"

#include "eventindex.h"
#include "jobs/jobcontext.h"
#include "parallel.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <tuple>

namespace Quadrant {

namespace {

constexpr qint32 s_endNode = -1;                 // "(session end)"
constexpr qint32 s_otherNode = -2;               // "other"
using EdgeKey = std::tuple<int, qint32, qint32>; // step, from, to
using EdgeCounts = std::map<EdgeKey, qint64>;

} // namespace

std::optional<Failure> PathEngine::validate(const PathQuery &query, const EventIndex &index)
{
    if (index.eventId(query.anchor) < 0)
        return Failure(
            QCoreApplication::translate("Quadrant", "unknown event '%1'").arg(query.anchor));
    if (query.depth < 1 || query.depth > 20)
        return Failure(
            QCoreApplication::translate("Quadrant", "the depth must be between 1 and 20"));
    if (query.sessionGapMs <= 0)
        return Failure(
            QCoreApplication::translate("Quadrant", "the session gap must be longer than zero"));
    return std::nullopt;
}

PathResult PathEngine::run(const PathQuery &query, const EventIndex &index, JobContext &context)
{
    const qint32 anchor = index.eventId(query.anchor);
    std::vector<bool> excluded(size_t(index.eventNames().size()), false);
    for (const QString &name : query.excluded)
        if (index.eventId(name) >= 0)
            excluded[size_t(index.eventId(name))] = true;
    const qint64 from = query.fromMs.value_or(std::numeric_limits<qint64>::min());
    const qint64 to = query.toMs.value_or(std::numeric_limits<qint64>::max());
    const qint64 *times = index.times().data();
    const quint32 *names = index.names().data();

    struct Partial
    {
        EdgeCounts edges;
        qint64 sequences = 0;
    };
    auto partials = Parallel::mapChunks<Partial>(
        index.personCount(),
        [&](int first, int last, Partial &out) {
            std::vector<qint32> stream; // the person's event names, after exclusions and collapsing
            std::vector<qint64> session; // session number of each entry
            std::vector<qint64> when;
            for (int p = first; p < last; ++p) {
                if (((p - first) & 1023) == 0 && context.isCanceled())
                    return;
                if (!query.personFilter.empty() && !query.personFilter[size_t(p)])
                    continue;
                stream.clear();
                session.clear();
                when.clear();
                // Sessions are cut on the full stream; excluded events then drop out of it.
                qint64 sessionNumber = 0, previous = 0;
                for (qint64 i = index.begin(p); i < index.end(p); ++i) {
                    if (i > index.begin(p) && times[i] - previous > query.sessionGapMs)
                        ++sessionNumber;
                    previous = times[i];
                    const qint32 name = qint32(names[i]);
                    if (excluded[size_t(name)])
                        continue;
                    if (query.collapseRepeats && !stream.empty() && stream.back() == name
                        && session.back() == sessionNumber)
                        continue;
                    stream.push_back(name);
                    session.push_back(sessionNumber);
                    when.push_back(times[i]);
                }
                const qint64 n = qint64(stream.size());
                for (qint64 a = 0; a < n; ++a) {
                    if (stream[size_t(a)] != anchor || when[size_t(a)] < from
                        || when[size_t(a)] >= to)
                        continue;
                    ++out.sequences;
                    qint32 current = anchor;
                    for (int step = 1; step <= query.depth; ++step) {
                        const qint64 j = query.backwards ? a - step : a + step;
                        const bool inside
                            = j >= 0 && j < n && session[size_t(j)] == session[size_t(a)];
                        const qint32 next = inside ? stream[size_t(j)] : s_endNode;
                        ++out.edges[{step, current, next}];
                        if (next == s_endNode)
                            break;
                        current = next;
                    }
                }
            }
        },
        &context,
        QStringLiteral("Following the paths"));
    EdgeCounts edges;
    PathResult result;
    for (const Partial &partial : partials) {
        result.sequences += partial.sequences;
        for (const auto &[key, count] : partial.edges)
            edges[key] += count;
    }

    // Nodes reached by fewer than the minimum weight become "other" (and so do their outflows).
    std::map<std::pair<int, qint32>, qint64> incoming;
    for (const auto &[key, count] : edges)
        incoming[{std::get<0>(key), std::get<2>(key)}] += count;
    auto shown = [&](int step, qint32 node) {
        if (step == 0 || node == s_endNode)
            return node;
        return incoming[{step, node}] >= query.minimumWeight ? node : s_otherNode;
    };
    EdgeCounts grouped;
    for (const auto &[key, count] : edges) {
        const auto [step, from, to] = key;
        grouped[{step, shown(step - 1, from), shown(step, to)}] += count;
    }
    auto label = [&](qint32 node) {
        if (node == s_endNode)
            return PathResult::sessionEnd();
        if (node == s_otherNode)
            return PathResult::other();
        return index.eventNames()[node];
    };
    for (const auto &[key, count] : grouped)
        result.edges << PathEdge{
            std::get<0>(key), label(std::get<1>(key)), label(std::get<2>(key)), count};
    std::stable_sort(
        result.edges.begin(), result.edges.end(), [](const PathEdge &a, const PathEdge &b) {
            if (a.step != b.step)
                return a.step < b.step;
            if (a.sequences != b.sequences)
                return a.sequences > b.sequences;
            return std::tie(a.from, a.to) < std::tie(b.from, b.to);
        });
    return result;
}

} // namespace Quadrant
