#pragma once

// Object names of the child record's partner and setting screens, shared with the GUI tests.
namespace enc::ui::names {
inline constexpr char PartnerSection[] = "partnerSection";
inline constexpr char PartnerList[] = "partnerList";
inline constexpr char PartnerAdd[] = "partnerAdd";
inline constexpr char PartnerEdit[] = "partnerEdit";
inline constexpr char PartnerArchive[] = "partnerArchive";
inline constexpr char PartnerDialog[] = "partnerDialog";
inline constexpr char NoLongerAttendsButton[] = "noLongerAttendsButton";
inline constexpr char NoLongerAttendsDialog[] = "noLongerAttendsDialog";
} // namespace enc::ui::names
