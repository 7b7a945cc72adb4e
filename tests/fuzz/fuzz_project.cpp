// SPDX-License-Identifier: MIT
// Opening a project and reading it as the read-only commands do (counts, saved analyses, the
// event index, a funnel), on damaged files. A random file is refused by its first bytes, so the
// input is a list of patches to a real project made once per process: each 5 bytes put one byte
// (the fifth) at an offset (the first four, modulo the file size). Every file that passes the
// checks must be read without a crash.
#include "analysis/eventindex.h"
#include "analysis/funnelengine.h"
#include "fuzzsupport.h"
#include "jobs/jobcontext.h"
#include "sample/samplegenerator.h"
#include "store/projectstore.h"
#include "store/savedanalysisstore.h"

#include <QtEndian>

using namespace Quadrant;

namespace {

const QByteArray &templateProject()
{
    static const QByteArray bytes = [] {
        const QString path = Fuzz::inputPath("-template.quadrant");
        QFile::remove(path);
        QByteArray contents;
        if (!ProjectStore::create(path)) {
            {
                ProjectStore store;
                SampleOptions options;
                options.persons = 20;
                JobContext context;
                if (!store.open(path))
                    (void)SampleGenerator(options).generate(store, context);
            }
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                contents = file.readAll();
        }
        QFile::remove(path);
        return contents;
    }();
    return bytes;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    QByteArray project = templateProject();
    if (project.isEmpty())
        return 0;
    for (size_t at = 0; at + 5 <= size; at += 5) {
        const quint32 offset = qFromLittleEndian<quint32>(data + at) % quint32(project.size());
        project[offset] = char(data[at + 4]);
    }
    const QString path = Fuzz::writeInput(reinterpret_cast<const uint8_t *>(project.constData()),
                                          size_t(project.size()),
                                          ".quadrant");
    ProjectStore store;
    if (store.open(path, ProjectStore::Access::ReadOnly))
        return 0;
    std::optional<Failure> failure;
    (void)store.tableCounts(&failure);
    for (const SavedAnalysis &analysis : SavedAnalysisStore::list(store))
        (void)analysis.definition;
    JobContext context;
    const auto index = EventIndex::open(store, context);
    if (!index)
        return 0;
    FunnelQuery query;
    for (const QString &step : {QStringLiteral("signup"), QStringLiteral("purchase")})
        query.steps << *EventSelector::parse(step, nullptr);
    if (!FunnelEngine::validate(query, *index))
        (void)FunnelEngine::run(query, *index, store, context);
    return 0;
}
