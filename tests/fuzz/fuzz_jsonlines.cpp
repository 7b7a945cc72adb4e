// SPDX-License-Identifier: MIT
// JSON lines: the sniffer that tells them from CSV, then the reader, every record.
#include "fuzzsupport.h"
#include "import/jsonlinesreader.h"

using namespace Quadrant;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const QString path = Fuzz::writeInput(data, size, ".jsonl");
    {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            (void)JsonLinesReader::looksLikeJsonLines(&file);
    }
    JsonLinesReader reader(path);
    if (!reader.open())
        return 0;
    Record record;
    int rows = 0;
    while (reader.next(record) && ++rows < 100000) {
        for (int i = 0; i < record.fieldCount(); ++i)
            (void)record.field(i);
    }
    (void)reader.header();
    return 0;
}
