// SPDX-License-Identifier: MIT
// The CSV tokenizer and sniffer (delimiter, header, encoding) on any bytes: every record read,
// with each delimiter forced and with auto-detection.
#include "fuzzsupport.h"
#include "import/csvreader.h"

using namespace Quadrant;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const QString path = Fuzz::writeInput(data, size, ".csv");
    CsvReader::sniffDelimiter(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)),
                              '"');
    for (char delimiter : {char(0), ',', ';'}) {
        CsvOptions options;
        options.delimiter = delimiter;
        CsvReader reader(path, options);
        if (!reader.open())
            continue;
        Fuzz::readEverything(reader);
    }
    return 0;
}
