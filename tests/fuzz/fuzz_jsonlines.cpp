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
    Fuzz::readEverything(reader);
    return 0;
}
