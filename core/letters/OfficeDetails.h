#pragma once

#include <QString>

namespace enc {

class Options;

// The letterhead: the office's name, address, telephone, e-mail and logo (office options).
struct OfficeDetails
{
    QString name;
    QString address;
    QString logoPath;
    QString email; // From: of e-mail drafts and on the letterhead, optional
    QString phone; // on the letterhead, optional

    static OfficeDetails fromOptions(const Options &options);
};

} // namespace enc
