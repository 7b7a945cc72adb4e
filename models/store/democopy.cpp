// SPDX-License-Identifier: MIT
#include "democopy.h"

#include "common/crashpoint.h"
#include "common/jsontext.h"
#include "common/systemerror.h"
#include "eventblocks.h"
#include "jobs/heavywork.h"
#include "jobs/jobcontext.h"
#include "privateproject.h"
#include "projectstore.h"
#include "protectedfiles.h"
#include "pseudonymiser.h"
#include "pseudonyms.h"
#include "sqlitestatement.h"
#include "workfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <sqlite3.h>

namespace Quadrant {

std::optional<Failure> DemoCopy::write(const QString &sourcePath,
                                       const QString &targetPath,
                                       JobContext &context,
                                       Report *report)
{
    heavyWork("writing a demo copy");
    const QString source = QFileInfo(sourcePath).absoluteFilePath();
    const QString target = QFileInfo(targetPath).absoluteFilePath();
    const QString shownTarget = QDir::toNativeSeparators(target);
    if (source == target)
        return Failure(
            QCoreApplication::translate(
                "Quadrant", "the demo copy would replace the project itself; choose another name"),
            shownTarget);
    if (auto refused = ProtectedFiles::checkOutput(target))
        return refused;
    if (QFileInfo(target).isDir())
        return Failure(
            QCoreApplication::translate("Quadrant", "is a folder; name the demo copy's file"),
            shownTarget);
    if (!QFileInfo(QFileInfo(target).absolutePath()).isDir())
        return Failure(QCoreApplication::translate("Quadrant", "its folder does not exist"),
                       shownTarget);
    // Errors of the private copy name the copy asked for, unless they are about the project.
    const auto failed = [&](Failure failure) {
        if (failure.file.isEmpty())
            failure.file = shownTarget;
        return failure;
    };

    // 1. What Quadrant knows of the project, in a private database that no file beside the
    //    target (or anywhere else) holds: the original values are never written where anyone
    //    could find them after an interruption.
    PrivateProject copy;
    if (auto failure = copy.copyKnownContent(source, context, 0.3))
        return failed(*failure);

    // 2. Identifiers found, then replaced, in one transaction.
    sqlite3 *db = copy.handle();
    if (auto failure = execSql(db, "BEGIN IMMEDIATE"))
        return failed(*failure);
    Pseudonymiser pseudonymiser(db, context);
    std::optional<Failure> failure = pseudonymiser.collect();
    if (!failure)
        failure = pseudonymiser.rewrite();
    if (!failure)
        failure = execSql(db, "COMMIT");
    if (failure) {
        execSql(db, "ROLLBACK");
        return failed(*failure);
    }
    crashPoint("demo.step");

    // 3. Only live pages go into the copy, through a work file of this process's own.
    context.setProgress(0.9, QCoreApplication::translate("Quadrant", "Writing the demo copy"));
    WorkFile work;
    if (auto failure = WorkFile::createBeside(target, &work))
        return failed(*failure);
    SqliteStatement vacuum;
    if (auto failure = vacuum.prepare(db, "VACUUM INTO ?1"))
        return failed(*failure);
    const QByteArray workPath = QFile::encodeName(work.path());
    vacuum.bindText(1, workPath);
    const int rc = vacuum.step();
    if (rc != SQLITE_DONE) {
        const QString words = describeSqliteError(rc);
        return failed(
            Failure(QCoreApplication::translate("Quadrant", "cannot write the demo copy: %1")
                        .arg(words.isEmpty() ? vacuum.errorText() : words)));
    }
    vacuum.reset();
    crashPoint("demo.step");
    if (auto failure = work.commitAs(target))
        return failed(*failure);
    if (report) {
        *report = pseudonymiser.report();
        const PrivateProject::LeftOut &left = copy.leftOut();
        report->leftOutObjects = left.objects;
        report->leftOutColumns = left.columns;
        report->leftOutSettings = left.settings;
    }
    context.setProgress(1.0, QCoreApplication::translate("Quadrant", "Demo copy written"));
    return std::nullopt;
}

} // namespace Quadrant
