#pragma once

#include <QString>

namespace enc {

class Options;

// The letterhead: the office's name, address, logo and reply address (office settings).
struct OfficeDetails
{
    QString name;
    QString address;
    QString logoPath;
    QString email; // From: of e-mail drafts, optional

    static OfficeDetails fromOptions(const Options &options);
};

} // namespace enc
