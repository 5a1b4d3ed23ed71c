#pragma once

// Data roles of the meetings page's list (MeetingsPage.cpp and MeetingList.cpp).

#include <Qt>

namespace enc::ui {

constexpr int MeetingIdRole = Qt::UserRole;
constexpr int DateRole = Qt::UserRole + 1;
constexpr int ClosedRole = Qt::UserRole + 2;

} // namespace enc::ui
