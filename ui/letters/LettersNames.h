#pragma once

// Object names of the letters page, shared with its GUI tests.
namespace enc::ui::names {
inline constexpr char LettersPage[] = "lettersPage";
inline constexpr char LettersSelection[] = "lettersSelection";
inline constexpr char LettersKind[] = "lettersKind";
inline constexpr char LettersFormat[] = "lettersFormat";
inline constexpr char LettersPerChild[] = "lettersPerChild";
inline constexpr char LettersPassword[] = "lettersPassword";
inline constexpr char LettersFolder[] = "lettersFolder";
inline constexpr char LettersWrite[] = "lettersWrite";
inline constexpr char LettersResult[] = "lettersResult";
inline constexpr char LettersHighRisk[] = "lettersHighRisk";
inline constexpr char LettersHighRiskNote[] = "lettersHighRiskNote";
// Risk, type and presence ticks: the prefix and the code (lettersRisk-standard,
// lettersType-missing-child, lettersPresence-resident).
inline constexpr char LettersRisk[] = "lettersRisk-";
inline constexpr char LettersType[] = "lettersType-";
inline constexpr char LettersPresence[] = "lettersPresence-";
inline constexpr char TemplateKind[] = "templateKind";
inline constexpr char TemplateVersion[] = "templateVersion";
inline constexpr char TemplateSource[] = "templateSource";
inline constexpr char TemplateDesign[] = "templateDesign";
inline constexpr char TemplateTabs[] = "templateTabs";
inline constexpr char TemplateInsert[] = "templateInsert";
inline constexpr char TemplatePreview[] = "templatePreview";
inline constexpr char TemplatePreviewType[] = "templatePreviewType";
inline constexpr char TemplateSave[] = "templateSave";
inline constexpr char TemplateMessage[] = "templateMessage";
} // namespace enc::ui::names
