#pragma once

#include "Result.h"

class QWidget;

namespace enc::ui {

// A save refused because another desk changed the record first (core's StaleEdit, field
// "version").
bool isStaleEdit(const Error &error);
// Tells the user who changed the record and when, and offers to reload it: true when they
// chose Reload (the form should re-read the record), false to keep their typing on screen.
bool offerReload(QWidget *parent, const Error &error);

} // namespace enc::ui
