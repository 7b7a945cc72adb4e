// SPDX-License-Identifier: MIT
// What a ClickHouse server sends back, as the client reads it (remote/httpanswer.h,
// remote/rowbinarycursor.h): the input is an HTTP answer, fed in pieces whose sizes the first
// byte picks (a header's end, a row or a text may straddle any two), and a 200 answer's body is
// read as RemoteEvents::readIndex reads events, with and without properties. Whatever arrives,
// memory stays bounded and every row read lies within the bytes received.
#include "fuzzsupport.h"
#include "remote/httpanswer.h"
#include "remote/rowbinarycursor.h"

#include <cstdlib>

using namespace Quadrant;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    if (size == 0)
        return 0;
    const qsizetype piece = 1 + qsizetype(data[0]) * 37;
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    for (bool withProperties : {false, true}) {
        RowBinaryCursor cursor;
        qint64 received = 0, rows = 0;
        HttpAnswer answer([&](QByteArrayView bytes) {
            received += bytes.size();
            cursor.append(bytes);
            RemoteEventRow row;
            while (row.read(cursor, withProperties)) {
                // 32 bytes a row at least: more rows than that is a cursor reading past its data.
                if (++rows * 32 > received)
                    std::abort();
            }
            return !cursor.tooLong();
        });
        for (qsizetype at = 0; at < input.size(); at += piece)
            answer.feed(input.sliced(at, std::min(piece, input.size() - at)));
        if (received > input.size())
            std::abort();
        (void)answer.errorText();
        (void)answer.exceptionAtEnd();
        (void)answer.errorIsAuthentication();
    }
    return 0;
}
