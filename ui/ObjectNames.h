#pragma once

// Object names shared by the widgets and the GUI tests that find them.
namespace enc::ui::names {
inline constexpr char Sidebar[] = "sidebar";
inline constexpr char Pages[] = "pages";
inline constexpr char TrackerView[] = "trackerView";
inline constexpr char TrackerSearch[] = "trackerSearch";
inline constexpr char TrackerStatusFilter[] = "trackerStatusFilter";
inline constexpr char StatusDatabase[] = "statusDatabase";
inline constexpr char StatusCounts[] = "statusCounts";
} // namespace enc::ui::names
