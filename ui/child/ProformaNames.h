#pragma once

// Object names of the proforma screens, shared with the GUI tests that find them.
namespace enc::ui::names {
inline constexpr char ProformaSection[] = "proformaSection";
inline constexpr char ProformaList[] = "proformaList";
inline constexpr char ProformaDetail[] = "proformaDetail";
inline constexpr char ProformaRequest[] = "proformaRequest";
inline constexpr char ProformaReturn[] = "proformaReturn";
inline constexpr char ProformaReview[] = "proformaReview";
inline constexpr char ProformaChase[] = "proformaChase";
inline constexpr char ProformaMessage[] = "proformaMessage";
inline constexpr char ProformaDialog[] = "proformaDialog";
inline constexpr char ProformaBox[] = "meetingProformaBox";
inline constexpr char ProformaReviewCheck[] = "meetingProformaReview";
inline constexpr char ProformaRequestCheck[] = "meetingProformaRequest";
} // namespace enc::ui::names
